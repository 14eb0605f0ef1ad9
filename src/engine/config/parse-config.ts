// Reads `.dclens.yaml` text: YAML problems, shape problems and unknown rules, each at the line of the bad entry.
import { distance } from 'fastest-levenshtein';
import type { JsonPath, Range } from '../types';
import { lineEnd, parseYamlFile } from '../parse/yaml-file';
import { rangeOfPath } from '../parse/locate';
import { ruleById, allRules } from '../rules';
import { ConfigFileSchema, type ConfigFile } from './config-schema';
import { entryOptions } from './resolve-config';
import { describeOutside, pathOutsideByText, type OutsideReason } from './workspace-paths';

export interface ConfigProblem {
  message: string;
  range: Range;
  path: JsonPath;
}

export interface ParsedConfig {
  config?: ConfigFile;
  problems: ConfigProblem[];
}

export interface ParseConfigOptions {
  /**
   * Hosts with a file system say whether a path that stays inside by its text still leads outside the workspace
   * (the folder of the configuration file) through a link. Without it only the text of each path is judged.
   */
  leadsOutside?: (relativePath: string) => boolean;
}

export function parseConfigText(text: string, options: ParseConfigOptions = {}): ParsedConfig {
  const file = parseYamlFile(text);
  const document = file.documents[0];
  if (!document) return { config: {}, problems: [] };
  const problems: ConfigProblem[] = document.problems
    .filter((p) => p.severity === 'error')
    .map((p) => ({ message: p.message, range: p.range, path: [] }));
  const later = file.documents[1];
  if (later) {
    const offset = later.doc.range[0];
    problems.push({
      message:
        'Put every setting in one YAML document: the configuration has a second document (after ---), and only one document is read.',
      range: { start: file.positionAt(offset), end: file.positionAt(lineEnd(text, offset)) },
      path: [],
    });
  }
  if (problems.length > 0) return { problems };
  const value = document.value ?? {};
  const at = (path: JsonPath, message: string, target: 'key' | 'value' = 'key'): ConfigProblem => ({
    message,
    path,
    range: rangeOfPath(file, document.doc, path, target),
  });

  const parsed = ConfigFileSchema.safeParse(value);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = issue.path.filter((s): s is string | number => typeof s !== 'symbol');
      if (issue.code === 'unrecognized_keys') {
        for (const key of issue.keys)
          problems.push(at([...path, key], `Unknown setting '${key}' in the configuration.`));
      } else {
        problems.push(at(path, `Configuration entry '${path.join('.') || '(top level)'}': ${issue.message}.`, 'value'));
      }
    }
    return { problems };
  }
  const config = parsed.data;
  // A path outside the workspace would read (and quote in warnings) files the workspace does not own.
  (config.catalogue?.sources ?? []).forEach((source, i) => {
    if (source.path === undefined) return;
    const reason: OutsideReason | undefined =
      pathOutsideByText(source.path) ?? (options.leadsOutside?.(source.path) ? 'link' : undefined);
    if (reason) {
      problems.push(
        at(
          ['catalogue', 'sources', i, 'path'],
          `Use a path inside the workspace for catalogue source ${i + 1} (${source.type}): ${describeOutside(source.path, reason)}.`,
          'value',
        ),
      );
    }
  });
  for (const [id, entry] of Object.entries(config.rules ?? {})) {
    const rule = ruleById.get(id);
    if (!rule) {
      const close = allRules
        .map((r) => r.meta.id)
        .filter((r) => distance(r, id) <= 3)
        .sort((a, b) => distance(a, id) - distance(b, id));
      problems.push(at(['rules', id], `Unknown rule '${id}'.${close[0] ? ` Did you mean '${close[0]}'?` : ''}`));
      continue;
    }
    const given = entryOptions(entry);
    if (given === undefined) continue;
    if (!rule.meta.options) {
      problems.push(at(['rules', id], `Rule '${id}' takes no options.`));
      continue;
    }
    const result = rule.meta.options.safeParse({ ...(rule.meta.defaultOptions as object | undefined), ...given });
    if (!result.success) {
      const first = result.error.issues[0];
      const where = first?.path.length ? ` option '${first.path.join('.')}'` : '';
      problems.push(at(['rules', id], `Rule '${id}'${where}: ${first?.message ?? 'invalid options'}.`));
    }
  }
  return { config, problems };
}
