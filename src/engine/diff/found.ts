// A change as the comparison finds it, before it is judged for a perspective and worded for people.
import type { JsonPath } from '../types';
import type { ChangeType } from './types';

/** Quotes a name people wrote, e.g. 'order_id'. */
export type Quote = (name: string) => string;

export interface Found {
  type: ChangeType;
  schema: string | null;
  property: string | null;
  /** Where the change is in the new file; for a removal, the path of the nearest part that is still there. */
  at: JsonPath;
  /** What happened, action first, e.g. "Property 'x' of schema 'y' was removed". */
  what: (q: Quote) => string;
  before: unknown;
  after: unknown;
  /**
   * The change goes both ways (a pattern replaced by another, a quality rule that now checks something else): it
   * may admit values that were not allowed and refuse values that were, so it is judged the worse way for both.
   */
  unordered?: boolean;
  /** Only words changed (descriptions, tags, owners): a patch release is enough. */
  wording?: boolean;
}

/** How a part is named in messages: "property 'street' of 'address' in schema 'customers'". */
export function subjectOf(q: Quote, schema: string | null, property: string | null): string {
  if (schema === null) return 'the contract';
  if (property === null) return `schema ${q(schema)}`;
  return `property ${q(property)} of schema ${q(schema)}`;
}

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
