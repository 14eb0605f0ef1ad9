// The hover on an ODCS v3.2.0 variable (`${DB_HOST}`, `${DB_NAME:-orders}`), or on a value holding some: the name, its
// default, and every place the contract uses it, so whoever sets it knows what it feeds.
import type { Position, Range } from '../types';
import type { ParsedFile } from '../parse/yaml-file';
import { offsetsOf } from '../parse/locate';
import { collectParts } from '../contract-nodes';
import { isObject } from '../detect';
import {
  VARIABLE_PATTERN,
  findVariableUses,
  placeFinder,
  summarizeVariables,
  supportsVariables,
  type VariableSummary,
  type VariableUse,
} from '../variables';
import { escapeMarkdown } from './markdown';

export interface VariablesHover {
  markdown: string;
  /** The reference under the cursor, when the cursor is on one. */
  range?: Range;
}

export function variablesHover(
  file: ParsedFile,
  documentIndex: number,
  position: Position,
): VariablesHover | undefined {
  const parsed = file.documents.find((d) => d.index === documentIndex);
  if (!parsed || !isObject(parsed.value) || !supportsVariables(parsed.value.apiVersion)) return undefined;
  const uses = findVariableUses(parsed.value, file.text);
  if (uses.length === 0) return undefined;

  // Where each use sits in the file: the value's offsets, and the line of the reference itself (queries span lines).
  const offsetsByPath = new Map<string, [number, number]>();
  const valueOffsets = (use: VariableUse) => {
    const key = JSON.stringify(use.path);
    let found = offsetsByPath.get(key);
    if (!found) offsetsByPath.set(key, (found = offsetsOf(file, parsed.doc, use.path, 'value')));
    return found;
  };
  const cursor = file.offsetAt(position);
  const here = uses.filter((u) => {
    const [start, end] = valueOffsets(u);
    return start <= cursor && cursor <= end;
  });
  if (here.length === 0) return undefined;

  // On a reference: that variable (a tool placeholder such as `${object}` is none). Elsewhere in the value: the
  // variables written on the cursor's line (a query may span many lines).
  const token = referenceAt(file.text, cursor);
  const lineOf = lineFinder(file, valueOffsets);
  const names = token
    ? here
        .filter((u) => u.name === token.name)
        .slice(0, 1)
        .map((u) => u.name)
    : [...new Set(here.filter((u) => lineOf(u) === position.line + 1).map((u) => u.name))];
  if (names.length === 0) return undefined;
  const placeOf = placeFinder(collectParts(parsed.value));
  const sections = summarizeVariables(uses)
    .filter((v) => names.includes(v.name))
    .map((v) =>
      renderVariable(v, (u) => {
        const place = placeOf(u.path);
        const field = place.field ? `\`${escapeMarkdown(place.field)}\`` : 'an entry';
        return `line ${lineOf(u)}: ${place.owner ? `${field} of ${escapeMarkdown(place.owner)}` : field}`;
      }),
    );
  const range = token ? { start: file.positionAt(token.start), end: file.positionAt(token.end) } : undefined;
  return { markdown: sections.join('\n\n'), ...(range ? { range } : {}) };
}

function renderVariable(v: VariableSummary, describe: (use: VariableUse) => string): string {
  const lines = [
    `**Variable \`${v.name}\`** · ${v.defaultValue !== undefined ? `default \`${escapeMarkdown(v.defaultValue)}\`` : 'no default'}`,
    '',
  ];
  lines.push(
    v.defaultValue !== undefined
      ? 'Tools replace it with its value from the environment, or with the default when it is unset or empty.'
      : 'Tools replace it with its value from the environment; set it before a tool reads the contract.',
  );
  lines.push('', `Used in ${v.uses.length === 1 ? '1 place' : `${v.uses.length} places`}:`);
  for (const use of v.uses) lines.push(`- ${describe(use)}`);
  return lines.join('\n');
}

/** The `${…}` reference around an offset of the text, if the offset is on one. */
function referenceAt(text: string, offset: number): { name: string; start: number; end: number } | undefined {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const lineEndAt = text.indexOf('\n', offset);
  const line = text.slice(lineStart, lineEndAt === -1 ? text.length : lineEndAt);
  for (const m of line.matchAll(VARIABLE_PATTERN)) {
    const start = lineStart + m.index;
    const end = start + m[0].length;
    if (start <= offset && offset <= end) return { name: m[1], start, end };
  }
  return undefined;
}

/** The 1-based line of a use: where its reference is written inside the value (a query may span lines). */
function lineFinder(
  file: ParsedFile,
  valueOffsets: (use: VariableUse) => [number, number],
): (use: VariableUse) => number {
  return (use) => {
    const [start, end] = valueOffsets(use);
    const source = file.text.slice(start, end);
    // The n-th time a reference appears in the string is the n-th time it is written in the source (escapes aside).
    let at = -1;
    for (let k = 0; k <= use.repeat; k++) {
      const next = source.indexOf(use.text, at + 1);
      if (next === -1) break;
      at = next;
    }
    return file.positionAt(at === -1 ? start : start + at).line + 1;
  };
}
