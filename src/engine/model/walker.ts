// Walks a parsed contract node by node with the model of one ODCS version and reports each
// mistake once, at the key or value concerned. Branches (logicalType, quality type, server type,
// team form) are resolved first, so only the problems of the branch the author meant are reported.
import type { JsonPath } from '../types';
import { likelyMeant, type SchemaIssue } from './issues';
import type { Leaf } from './leaves';
import { describeFound, nameOf } from './naming';
import type { CrossReport, FieldSpec, Fields, Model, NodeSpec } from './spec';
import { capitalize, EXPECTED_WORDS, isObj, leafIssue, schemaIssue, templatePlaceholder } from './walker-leaf';

type Obj = Record<string, unknown>;

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
      this.wrongType(value, path, where, what);
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
        this.wrongType(value, path, where, 'a list');
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
    const issue = leafIssue(this.doc, value, path, owner, key, leaf);
    if (issue) this.issues.push(issue);
    return issue === undefined;
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

  /** A value of the wrong type where `what` belongs: an unfilled template placeholder is named as such. */
  private wrongType(value: unknown, path: JsonPath, where: string, what: string): void {
    const template = templatePlaceholder(value);
    if (template)
      this.push(
        'wrong-type',
        path,
        'value',
        `Replace the unfilled placeholder '${template}' in ${where} with ${what}.`,
      );
    else this.push('wrong-type', path, 'value', `Use ${what} for ${where}, not ${describeFound(value)}.`);
  }

  private push(...issue: Parameters<typeof schemaIssue>): void {
    this.issues.push(schemaIssue(...issue));
  }
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
