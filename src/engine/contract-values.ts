// One walk over every value of a contract, shared by the rules that look at all of them: ids in any list, custom
// properties at any depth, placeholders and variables in any text. `collectParts` runs it on first use, once per
// document, so rules that each used to walk the whole contract now read the lists it keeps.
import type { JsonPath } from './types';

/** Free-form values (examples, query arguments, a custom property's value): a list inside them is data, not structure. */
export const FREE_FORM_KEYS: ReadonlySet<string> = new Set([
  'value',
  'valueExt',
  'examples',
  'implementation',
  'arguments',
  'mustBe',
  'mustNotBe',
]);

/** One value of the contract and where it sits. */
export class ValueNode {
  private at?: JsonPath;
  constructor(
    readonly value: unknown,
    /** The list or object that holds it; undefined for the contract itself. */
    readonly parent: ValueNode | undefined,
    /** Its key in `parent`, or its index when `parent` is a list. */
    readonly key: string | number | undefined,
    /** No key on its path is free-form ({@link FREE_FORM_KEYS}): it is part of the contract's structure. */
    readonly structural: boolean,
    /** A `customProperties` key is on its path (the value is, or is inside, a customProperties list). */
    readonly inCustomProperties: boolean,
  ) {}

  /** Its path from the contract, built on first use. */
  get path(): JsonPath {
    return (this.at ??= this.parent ? [...this.parent.path, this.key as string | number] : []);
  }
}

export interface ContractValues {
  /** The lists of the contract's structure (outside free-form values), in document order; where an alias repeats
   * one, it comes again at each place. */
  readonly lists: readonly ValueNode[];
  /** The items of those lists, in document order: an item comes before anything inside it. */
  readonly items: readonly ValueNode[];
  /** Every text (string value), free-form ones too, in document order; each once: where an alias repeats a list or
   * object, its texts are left out the second time. */
  readonly texts: readonly ValueNode[];
}

/**
 * Walks `root` depth first in document order (a list's items in order, an object's keys in the order written). A
 * value that holds itself through an alias is not walked into again, so a cycle ends the walk there.
 */
export function walkValues(root: unknown): ContractValues {
  const lists: ValueNode[] = [];
  const items: ValueNode[] = [];
  const strings: ValueNode[] = [];
  const containers: ValueNode[] = []; // lists and objects walked into, in document order
  const isContainer = (value: unknown): value is object => value !== null && typeof value === 'object';
  // An alias cycle: `value` is the node or one of the lists and objects that hold it. The path is short, so looking
  // up it costs less than a set of every list and object met.
  const holds = (node: ValueNode, value: object): boolean => {
    for (let n: ValueNode | undefined = node; n; n = n.parent) if (n.value === value) return true;
    return false;
  };
  const walkInto = (node: ValueNode): void => {
    containers.push(node);
    const value = node.value;
    if (Array.isArray(value)) {
      if (node.structural) lists.push(node);
      for (let i = 0; i < value.length; i++) visit(value[i], node, i);
    } else {
      const obj = value as Record<string, unknown>;
      for (const k of Object.keys(obj)) visit(obj[k], node, k);
    }
  };
  const visit = (value: unknown, parent: ValueNode, key: string | number): void => {
    const inList = typeof key === 'number';
    const structural = parent.structural && (inList || !FREE_FORM_KEYS.has(key));
    const isString = typeof value === 'string';
    const isNode = isContainer(value);
    // Scalars other than texts matter only as list items.
    if (!isString && !isNode && !(inList && structural)) return;
    const node = new ValueNode(value, parent, key, structural, parent.inCustomProperties || key === 'customProperties');
    if (inList && structural) items.push(node);
    if (isString) strings.push(node);
    else if (isNode && !holds(parent, value)) walkInto(node);
  };
  const top = new ValueNode(root, undefined, undefined, true, false);
  if (isContainer(root)) walkInto(top);
  else if (typeof root === 'string') strings.push(top);

  return new WalkedValues(lists, items, strings, containers);
}

class WalkedValues implements ContractValues {
  private once?: ValueNode[];
  constructor(
    readonly lists: readonly ValueNode[],
    readonly items: readonly ValueNode[],
    private readonly strings: readonly ValueNode[],
    private readonly containers: readonly ValueNode[],
  ) {}

  get texts(): readonly ValueNode[] {
    return (this.once ??= textsOnce(this.strings, this.containers));
  }
}

/** The texts outside alias repeats: a list or object met again (or one inside it) holds no text of its own. */
function textsOnce(strings: readonly ValueNode[], containers: readonly ValueNode[]): ValueNode[] {
  const seen = new Set<unknown>();
  const repeated = new Set<ValueNode>();
  for (const node of containers) {
    if ((node.parent && repeated.has(node.parent)) || seen.has(node.value)) repeated.add(node);
    else seen.add(node.value);
  }
  return repeated.size === 0 ? [...strings] : strings.filter((s) => !s.parent || !repeated.has(s.parent));
}

/** The values of `root`, walked the first time a rule reads them. */
export function valuesOnDemand(root: unknown): ContractValues {
  return new ValuesOnDemand(root);
}

class ValuesOnDemand implements ContractValues {
  private walked?: ContractValues;
  constructor(private readonly root: unknown) {}

  private get all(): ContractValues {
    return (this.walked ??= walkValues(this.root));
  }
  get lists(): readonly ValueNode[] {
    return this.all.lists;
  }
  get items(): readonly ValueNode[] {
    return this.all.items;
  }
  get texts(): readonly ValueNode[] {
    return this.all.texts;
  }
}
