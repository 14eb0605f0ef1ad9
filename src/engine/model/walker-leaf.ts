// Judges one value against the leaf (type, enum, format) its key holds, and says what is wrong in one issue: a
// placeholder never filled in, a wrong type (with a fix when a number or true/false was written as text), a value not
// allowed (with the one most likely meant), or a value that breaks the leaf's rule.
import type { JsonPath } from '../types';
import { joinOr, likelyMeant, type SchemaIssue } from './issues';
import { typeSynonym } from '../vocabulary/type-synonyms';
import type { Leaf } from './leaves';
import { describeFound, keyText, nameOf } from './naming';

type Obj = Record<string, unknown>;
export const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

export const EXPECTED_WORDS: Record<string, string> = {
  string: 'a text',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a mapping of keys to values',
};

/** How long a message may be before its list of values moves to the detail. */
const MESSAGE_ROOM = 120;

export const capitalize = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** An issue as the model reports it, with a fix and a detail only when there are some. */
export function schemaIssue(
  kind: SchemaIssue['kind'],
  path: JsonPath,
  target: SchemaIssue['target'],
  message: string,
  fix?: SchemaIssue['fix'],
  detail?: string,
): SchemaIssue {
  return { kind, path, target, message, ...(fix ? { fix } : {}), ...(detail ? { detail } : {}) };
}

/** What is wrong with the value of a key that holds a leaf, as one issue; undefined when the value fits. */
export function leafIssue(
  doc: unknown,
  value: unknown,
  path: JsonPath,
  owner: JsonPath,
  key: string,
  leaf: Leaf,
): SchemaIssue | undefined {
  if (leaf.accepts?.(value)) return undefined;
  const result = leaf.zod.safeParse(value);
  if (result.success) return undefined;
  const issue = result.error.issues[0];
  const sub = issue.path as Array<string | number>;
  const at = sub.length ? [...path, ...sub] : path;
  const shown = keyText(key, sub);
  const found = sub.length ? pathValue(value, sub) : value;
  const who = nameOf(doc, owner);
  const where = `${shown} of ${who}`;
  const isTypeError =
    isTypeIssue(issue) ||
    (issue.code === 'invalid_union' &&
      issue.errors.every((e) => e[0] !== undefined && e[0].path.length === 0 && isTypeIssue(e[0])));
  const template = isTypeError ? templatePlaceholder(found) : undefined;
  if (template) {
    const expect = leaf.enumValues && leaf.enumValues.length > 1 ? 'an allowed value' : leaf.expect;
    return schemaIssue(
      'wrong-type',
      at,
      'value',
      `Replace the unfilled placeholder '${template}' in ${where} with ${expect}.`,
      undefined,
      allowedValues(key, leaf),
    );
  } else if (isTypeError) {
    const expect =
      sub.length && issue.code === 'invalid_type' ? (EXPECTED_WORDS[issue.expected] ?? issue.expected) : leaf.expect;
    const meant = sub.length ? undefined : writtenAsText(found, leaf.typeName);
    const fix: SchemaIssue['fix'] =
      meant === undefined
        ? undefined
        : { kind: 'replace-value', title: `Change to ${meant}`, path: at, newText: meant };
    const full = `Use ${expect} for ${where}, not ${describeFound(found)}.`;
    if (leaf.enumValues && leaf.enumValues.length > 1 && full.length > MESSAGE_ROOM)
      return schemaIssue(
        'wrong-type',
        at,
        'value',
        `Use an allowed value for ${where}, not ${describeFound(found)}.`,
        fix,
        allowedValues(key, leaf),
      );
    else return schemaIssue('wrong-type', at, 'value', full, fix);
  } else if (issue.code === 'invalid_value' && key === 'logicalType' && found === 'blob' && owner.length === 2) {
    // datacontract-cli's schema copy accepts it; ODCS does not
    return schemaIssue(
      'invalid-enum',
      at,
      'value',
      `Use logicalType object instead of 'blob' for ${who}, or leave logicalType out.`,
      undefined,
      "'blob' is a datacontract-cli extension, not part of ODCS.",
    );
  } else if (issue.code === 'invalid_value' && leaf.enumValues) {
    // A type name from another system ('datetime', 'int') stands for one ODCS type, like a misspelling does.
    const synonym =
      typeof found === 'string' && key === 'logicalType' ? typeSynonym(found, leaf.enumValues) : undefined;
    const meant = synonym ?? (typeof found === 'string' ? likelyMeant(found, leaf.enumValues) : undefined);
    const values = leaf.enumValues;
    // When the value meant is clear, the message leads with it; otherwise it lists the choices when they fit.
    const listed = `Replace ${key} '${String(found)}' of ${who} with ${joinOr(values)}.`;
    const message = meant
      ? `Use '${meant}': ${key} '${String(found)}' is not allowed for ${who}.`
      : listed.length <= MESSAGE_ROOM
        ? listed
        : `Replace ${key} '${String(found)}' of ${who} with an allowed value.`;
    return schemaIssue(
      'invalid-enum',
      at,
      'value',
      message,
      meant ? { kind: 'replace-value', title: `Change to '${meant}'`, path: at, newText: meant } : undefined,
      message === listed ? undefined : allowedValues(key, leaf),
    );
  } else {
    const cause = leaf.typeName === 'string (uri)' && typeof found === 'string' ? uriCause(found) : undefined;
    if (cause)
      return schemaIssue(
        'invalid-value',
        at,
        'value',
        `Remove the ${cause} from ${where}: a URI cannot contain them.`,
        undefined,
        `${capitalize(shown)} must be a URI; the official ODCS schema rejects one with ${cause}.`,
      );
    else
      return schemaIssue(
        'invalid-value',
        at,
        'value',
        `Fix ${where}: it ${leaf.enumValues ? 'must be an allowed value' : (leaf.rule ?? 'is not valid')}, not ${describeFound(found)}.`,
        undefined,
        leaf.enumValues ? allowedValues(key, leaf) : leaf.example && `For example: ${leaf.example}.`,
      );
  }
}

/** Every value a key allows, for the detail. */
function allowedValues(key: string, leaf: Leaf): string | undefined {
  const values = leaf.enumValues;
  if (!values || values.length < 2) return undefined;
  return `Allowed values of ${key}: ${values.join(', ')}.`;
}

/** A true/false or a number written as text ("yes", "5432"): the YAML text of the value meant. */
function writtenAsText(found: unknown, typeName: string): string | undefined {
  if (typeof found !== 'string') return undefined;
  const text = found.trim();
  if (typeName === 'boolean') {
    if (/^(true|yes|y|on)$/i.test(text)) return 'true';
    if (/^(false|no|n|off)$/i.test(text)) return 'false';
    return undefined;
  }
  if ((typeName === 'integer' && /^-?\d+$/.test(text)) || (typeName === 'number' && /^-?\d+(\.\d+)?$/.test(text)))
    return text;
  return undefined;
}

/** What makes a text with a scheme an invalid URI, in words: a placeholder in braces, or a space. */
function uriCause(text: string): string | undefined {
  if (!/^[A-Za-z][A-Za-z0-9+.-]*:/.test(text)) return undefined;
  const braces = /\$?\{[^}]*\}?/.exec(text);
  if (braces) return `braces ('${braces[0]}')`;
  if (/\s/.test(text)) return 'spaces';
  return undefined;
}

/**
 * `{{title}}` in YAML reads as a mapping whose only key is a mapping: a template (Jinja, cookiecutter, Mustache) that
 * was never filled in. Returns the placeholder as written, e.g. '{{title}}'.
 */
export function templatePlaceholder(value: unknown): string | undefined {
  if (!isObj(value)) return undefined;
  const keys = Object.keys(value);
  if (keys.length !== 1 || value[keys[0]] !== null) return undefined;
  const inner = /^\{ ?(.*?) ?\}$/s.exec(keys[0]);
  return inner ? `{{${inner[1].trim()}}}` : undefined;
}

function isTypeIssue(issue: { code: string; params?: unknown }): boolean {
  return (
    issue.code === 'invalid_type' ||
    (issue.code === 'custom' && (issue.params as { kind?: string } | undefined)?.kind === 'type')
  );
}

function pathValue(value: unknown, sub: ReadonlyArray<string | number>): unknown {
  let v = value;
  for (const s of sub)
    v = isObj(v) || Array.isArray(v) ? (v as Record<string | number, unknown>)[s as never] : undefined;
  return v;
}
