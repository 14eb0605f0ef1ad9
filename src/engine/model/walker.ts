// Walks a parsed contract node by node with the model of one ODCS version and reports each
// mistake once, at the key or value concerned. Branches (logicalType, quality type, server type,
// team form) are resolved first, so only the problems of the branch the author meant are reported.
import type { JsonPath } from '../types';
import { joinOr, likelyMeant, type SchemaIssue } from './issues';
import { typeSynonym } from '../vocabulary/type-synonyms';
import type { Leaf } from './leaves';
import { describeFound, keyText, nameOf } from './naming';
import type { CrossReport, FieldSpec, Fields, Model, NodeSpec } from './spec';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

const EXPECTED_WORDS: Record<string, string> = {
  string: 'a text',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a mapping of keys to values',
};

const NODE_WORDS: Partial<Record<NodeSpec['kind'], string>> = {
  schema: 'a schema object (name, properties, …)',
  property: 'a property (name, logicalType, …)',
  items: 'a description of the items (logicalType, …)',
  quality: 'a quality rule (type, metric, …)',
  server: 'a server (server, type, …)',
  teamMember: 'a team member (username, role, …)',
  role: 'a role (role, access, …)',
  support: 'a support channel (channel, url, …)',
  sla: 'an SLA property (property, value, unit, …)',
  customProperty: 'a custom property (property, value)',
  authoritativeDefinition: 'an authoritative definition (url, type)',
  schemaRelationship: 'a relationship (from, to)',
  propertyRelationship: 'a relationship (to)',
  contractDescription: 'a mapping with usage, purpose and limitations',
  team: 'a team (name, members, …)',
  price: 'a price (priceAmount, priceCurrency, priceUnit)',
  logicalTypeOptions: 'a mapping of options such as maxLength or minimum',
};

export class Walker {
  readonly issues: SchemaIssue[] = [];
  constructor(
    private readonly model: Model,
    private readonly doc: unknown,
  ) {}

  /** The object at `path` the way a sentence names it mid-way: "property 'x' in schema 'y'", "the contract". */
  private name(path: JsonPath): string {
    return nameOf(this.doc, path);
  }

  walkNode(value: unknown, path: JsonPath, spec: NodeSpec): void {
    if (!isObj(value)) {
      const what = NODE_WORDS[spec.kind] ?? EXPECTED_WORDS.object;
      const last = path[path.length - 1];
      const where =
        path.length === 0 || typeof last === 'number'
          ? this.name(path)
          : `'${last}' of ${this.name(path.slice(0, -1))}`;
      const template = templatePlaceholder(value);
      if (template)
        this.push(
          'wrong-type',
          path,
          'value',
          `Replace the unfilled placeholder '${template}' in ${where} with ${what}.`,
        );
      else this.push('wrong-type', path, 'value', `Use ${what} for ${where}, not ${describeFound(value)}.`);
      return;
    }
    const disc = spec.discriminator;
    if (disc && disc in value) {
      const leaf = spec.allFields[disc].leaf;
      if (leaf && !this.checkLeaf(value[disc], [...path, disc], path, disc, leaf)) {
        this.walkBranchless(value, path, spec, disc);
        return;
      }
    }
    const shape = spec.shape(value);
    for (const key of Object.keys(value)) {
      const field = shape.fields[key];
      if (!field) {
        if (shape.open || (shape.tolerateOtherBranches && key in spec.allFields)) continue;
        this.unknownKey(value, path, key, shape.fields, spec.whereAllowed?.(key));
        continue;
      }
      if (key !== disc) this.checkField(value[key], [...path, key], path, key, field);
    }
    for (const key of shape.required) {
      if (!(key in value)) this.missingKey(path, key);
    }
    if (spec.crossCheck) spec.crossCheck(value, this.crossReporter(value, path));
  }

  /**
   * The object's branch key has a bad value (reported already): its other keys are still checked when they mean the
   * same in every branch, so an independent mistake next to it is not hidden. Keys of some branch are let through.
   */
  private walkBranchless(value: Obj, path: JsonPath, spec: NodeSpec, disc: string): void {
    const rest: Obj = { ...value };
    delete rest[disc];
    const shape = spec.shape(rest);
    for (const key of Object.keys(value)) {
      if (key === disc) continue;
      const field = shape.fields[key];
      if (!field) {
        if (shape.open || key in spec.allFields) continue;
        this.unknownKey(value, path, key, shape.fields, undefined);
        continue;
      }
      if (field.child?.spec) continue; // depends on the branch (logicalTypeOptions)
      this.checkField(value[key], [...path, key], path, key, field);
    }
    for (const key of shape.required) {
      if (!(key in value)) this.missingKey(path, key);
    }
  }

  private checkField(value: unknown, path: JsonPath, owner: JsonPath, key: string, field: FieldSpec): void {
    if (field.leaf) {
      this.checkLeaf(value, path, owner, key, field.leaf);
    } else if (field.child) {
      const spec = field.child.spec ?? this.model[field.child.kind];
      if (field.child.orText && typeof value === 'string') return;
      if (!field.child.list) return this.walkNode(value, path, spec);
      const where = `'${key}' of ${this.name(owner)}`;
      if (!Array.isArray(value)) {
        const template = templatePlaceholder(value);
        if (template)
          this.push(
            'wrong-type',
            path,
            'value',
            `Replace the unfilled placeholder '${template}' in ${where} with a list.`,
          );
        else this.push('wrong-type', path, 'value', `Use a list for ${where}, not ${describeFound(value)}.`);
        return;
      }
      const { minItems, uniqueItems } = field.child;
      if (minItems !== undefined && value.length < minItems) {
        const has = value.length === 0 ? 'it is empty' : `it has ${value.length}`;
        this.push(
          'invalid-value',
          path,
          'value',
          `Add at least ${minItems === 1 ? 'one entry' : `${minItems} entries`} to ${where}, or remove the key: ${has}.`,
        );
        return;
      }
      if (uniqueItems) {
        const seen = new Map<string, number>();
        value.forEach((item, i) => {
          const k = canonical(item);
          const first = seen.get(k);
          if (first === undefined) seen.set(k, i);
          else
            this.push(
              'invalid-value',
              [...path, i],
              'value',
              `Remove entry ${i + 1} of ${where}: it repeats entry ${first + 1}, and each entry must be different.`,
            );
        });
      }
      value.forEach((item, i) => this.walkNode(item, [...path, i], spec));
    } else if (field.teamForms) {
      const forms = field.teamForms;
      if (Array.isArray(value))
        value.forEach((item, i) => this.walkNode(item, [...path, i], this.model[forms.legacyItem]));
      else if (isObj(value) && forms.objectAllowed) this.walkNode(value, path, this.model[forms.object]);
      else {
        const expect = forms.objectAllowed
          ? 'a team (name, members, …) or a list of team members'
          : 'a list of team members';
        this.push(
          'wrong-type',
          path,
          'value',
          `Use ${expect} for '${key}' of ${this.name(owner)}, not ${describeFound(value)}.`,
        );
      }
    }
  }

  /** Returns false when the value does not fit (and reports it). */
  private checkLeaf(value: unknown, path: JsonPath, owner: JsonPath, key: string, leaf: Leaf): boolean {
    const result = leaf.zod.safeParse(value);
    if (result.success) return true;
    const issue = result.error.issues[0];
    const sub = issue.path as Array<string | number>;
    const at = sub.length ? [...path, ...sub] : path;
    const shown = keyText(key, sub);
    const found = sub.length ? pathValue(value, sub) : value;
    const who = this.name(owner);
    const where = `${shown} of ${who}`;
    const isTypeError =
      isTypeIssue(issue) ||
      (issue.code === 'invalid_union' &&
        issue.errors.every((e) => e[0] !== undefined && e[0].path.length === 0 && isTypeIssue(e[0])));
    const template = isTypeError ? templatePlaceholder(found) : undefined;
    if (template) {
      const expect = leaf.enumValues && leaf.enumValues.length > 1 ? 'an allowed value' : leaf.expect;
      this.push(
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
        this.push(
          'wrong-type',
          at,
          'value',
          `Use an allowed value for ${where}, not ${describeFound(found)}.`,
          fix,
          allowedValues(key, leaf),
        );
      else this.push('wrong-type', at, 'value', full, fix);
    } else if (issue.code === 'invalid_value' && key === 'logicalType' && found === 'blob' && owner.length === 2) {
      // datacontract-cli's schema copy accepts it; ODCS does not
      this.push(
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
      this.push(
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
        this.push(
          'invalid-value',
          at,
          'value',
          `Remove the ${cause} from ${where}: a URI cannot contain them.`,
          undefined,
          `${capitalize(shown)} must be a URI; the official ODCS schema rejects one with ${cause}.`,
        );
      else
        this.push(
          'invalid-value',
          at,
          'value',
          `Fix ${where}: it ${leaf.enumValues ? 'must be an allowed value' : (leaf.rule ?? 'is not valid')}, not ${describeFound(found)}.`,
          undefined,
          leaf.enumValues ? allowedValues(key, leaf) : leaf.example && `For example: ${leaf.example}.`,
        );
    }
    return false;
  }

  private unknownKey(obj: Obj, owner: JsonPath, key: string, fields: Fields, where: string | undefined): void {
    const allowed = Object.keys(fields);
    const path = [...owner, key];
    const who = this.name(owner);
    if (where) {
      this.push('unknown-key', path, 'key', `Remove '${key}' from ${who}: it is ${where}.`);
      return;
    }
    if (key === 'quality' && owner.length === 0) {
      // the ODCS documentation shows contract-level quality rules, but the schema has none (bitol issue #344)
      this.push(
        'unknown-key',
        path,
        'key',
        'Move these quality rules under the schema object they check: ODCS has no quality rules on the contract.',
        undefined,
        "ODCS allows 'quality' only on a schema object or a property, although its documentation shows it on the contract.",
      );
      return;
    }
    if (/^(data_?)?owners?$/i.test(key)) {
      this.push(
        'unknown-key',
        path,
        'key',
        `Replace '${key}' of ${who} with a member of team.members whose role is 'Data Owner'.`,
        undefined,
        "ODCS has no owner key: the owner is the team member with the role 'Data Owner'.",
      );
      return;
    }
    const free = allowed.filter((a) => !(a in obj));
    const meant = likelyMeant(key, free);
    const current = free.filter((a) => !fields[a]?.deprecated);
    const keys = current.length ? `Allowed keys here: ${current.join(', ')}.` : undefined;
    const own = 'customProperties' in fields ? 'Keep information of your own under customProperties.' : undefined;
    const detail = [keys, own].filter(Boolean).join(' ') || undefined;
    if (meant) {
      this.push(
        'unknown-key',
        path,
        'key',
        `Rename the unknown key '${key}' to '${meant}' in ${who}.`,
        { kind: 'rename-key', title: `Rename to '${meant}'`, path, newKey: meant },
        detail,
      );
    } else {
      this.push('unknown-key', path, 'key', `Remove or rename the unknown key '${key}' of ${who}.`, undefined, detail);
    }
  }

  private missingKey(path: JsonPath, key: string): void {
    this.push('missing-required', path, 'key', `Add the required key '${key}' to ${this.name(path)}.`);
  }

  private crossReporter(obj: Obj, path: JsonPath): CrossReport {
    const who = () => this.name(path);
    return {
      missingOneOf: (keys, what) =>
        this.push(
          'missing-required',
          path,
          'key',
          `Add ${what} such as ${keys.slice(0, 2).join(' or ')} to ${who()}: it has none.`,
          undefined,
          `It needs exactly one of: ${keys.join(', ')}.`,
        ),
      tooMany: (keys, what) =>
        this.push(
          'invalid-value',
          [...path, keys[1]],
          'key',
          `Keep one ${what} in ${who()}: it has ${keys.length} (${keys.join(', ')}).`,
        ),
      forbidden: (key, why) =>
        this.push(
          'unknown-key',
          [...path, key],
          'key',
          `Remove '${key}' from ${who()}.`,
          undefined,
          `${capitalize(why)}.`,
        ),
      mismatch: (key, action) => this.push('invalid-value', [...path, key], 'value', `${action} in ${who()}.`),
    };
  }

  private push(
    kind: SchemaIssue['kind'],
    path: JsonPath,
    target: SchemaIssue['target'],
    message: string,
    fix?: SchemaIssue['fix'],
    detail?: string,
  ): void {
    this.issues.push({ kind, path, target, message, ...(fix ? { fix } : {}), ...(detail ? { detail } : {}) });
  }
}

/** How long a message may be before its list of values moves to the detail. */
const MESSAGE_ROOM = 120;

const capitalize = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

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
function templatePlaceholder(value: unknown): string | undefined {
  if (!isObj(value)) return undefined;
  const keys = Object.keys(value);
  if (keys.length !== 1 || value[keys[0]] !== null) return undefined;
  const inner = /^\{ ?(.*?) ?\}$/s.exec(keys[0]);
  return inner ? `{{${inner[1].trim()}}}` : undefined;
}

/** A stable text for comparing list items the way JSON Schema's uniqueItems does (key order does not matter). */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (isObj(value))
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical(value[k])}`)
      .join(',')}}`;
  return JSON.stringify(value) ?? 'undefined';
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
