// The output formats of `dclens lint --format`, by name.
import type { Formatter } from './types';
import { formatStylish } from './stylish';
import { formatJson } from './json';
import { formatSarif } from './sarif';
import { formatJunit } from './junit';
import { formatGithub } from './github';

export const formatters = {
  stylish: formatStylish,
  json: formatJson,
  sarif: formatSarif,
  junit: formatJunit,
  github: formatGithub,
} as const satisfies Record<string, Formatter>;

export type FormatName = keyof typeof formatters;

export const FORMAT_NAMES = Object.keys(formatters) as FormatName[];

export function isFormatName(name: string): name is FormatName {
  return Object.hasOwn(formatters, name);
}

export * from './types';
export { safeForTerminal, safeOneLine } from './terminal';
