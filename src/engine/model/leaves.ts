// Zod schemas for the scalar (leaf) values of the ODCS model, each with the plain-English words
// used when a value does not fit. Built once at module load.
import * as z from 'zod';
import {
  FULLY_QUALIFIED_REFERENCE,
  FULLY_QUALIFIED_REFERENCE_32,
  SHORTHAND_REFERENCE,
  SHORTHAND_REFERENCE_32,
  STABLE_ID,
  isDate,
  isDateTime,
  isUri,
} from './formats';

export interface Leaf {
  zod: z.ZodType;
  /** What a value of the right type is, e.g. "true or false". */
  expect: string;
  /** What a well-formed value looks like, for values of the right type that break a rule ("must be a date"). */
  rule?: string;
  /** A well-formed value, for the finding's detail. */
  example?: string;
  /** Short type name for completion and documentation, e.g. 'boolean', 'string[]'. */
  typeName: string;
  enumValues?: readonly string[];
  /**
   * A quick test that a value fits, for the common leaves: true only when the zod schema accepts the value too
   * (test/model/leaves.test.ts checks it), so most values are checked without zod.
   */
  accepts?: (value: unknown) => boolean;
}

const TYPE = { params: { kind: 'type' } } as const;
const isJsonObject = (v: unknown): boolean => typeof v === 'object' && v !== null && !Array.isArray(v);
const isInteger = (v: number): boolean => Number.isInteger(v);

function leaf(zod: z.ZodType, expect: string, typeName: string, rule?: string, example?: string): Leaf {
  return { zod, expect, typeName, rule, ...(example !== undefined ? { example } : {}) };
}

export const text: Leaf = { ...leaf(z.string(), 'a text', 'string'), accepts: (v) => typeof v === 'string' };
export const bool: Leaf = {
  ...leaf(z.boolean(), 'true or false', 'boolean'),
  accepts: (v) => typeof v === 'boolean',
};
export const integer: Leaf = {
  ...leaf(z.number().refine(isInteger, TYPE), 'a whole number', 'integer'),
  accepts: (v) => Number.isInteger(v),
};
export const nonNegativeInteger = leaf(
  z.number().refine(isInteger, TYPE).min(0),
  'a whole number',
  'integer',
  'must be 0 or more',
);
export const positiveInteger = leaf(
  z.number().refine(isInteger, TYPE).min(1),
  'a whole number',
  'integer',
  'must be 1 or more',
);
/** A server port: a whole number, or (ODCS v3.2.0) a text such as \`\${DB_PORT:-5432}\`. */
export const port32 = leaf(
  z.union([z.number().refine(isInteger, TYPE), z.string()]),
  'a whole number or a text such as ${DB_PORT}',
  'integer | string',
);
export const num: Leaf = {
  ...leaf(z.number(), 'a number', 'number'),
  accepts: (v) => typeof v === 'number' && Number.isFinite(v),
};
export const positiveNumber = leaf(z.number().gt(0), 'a number', 'number', 'must be greater than 0');
export const anyValue = leaf(z.any(), 'any value', 'any');
export const scalar = leaf(
  z.union([z.string(), z.number(), z.boolean(), z.null()]),
  'a text, number, true/false or empty',
  'string | number | boolean | null',
);
export const jsonObject = leaf(
  z.custom<Record<string, unknown>>(isJsonObject, TYPE),
  'a mapping of keys to values',
  'object',
);
export const textList = leaf(z.array(z.string()), 'a list of texts', 'string[]');
export const anyList = leaf(z.array(z.any()), 'a list', 'any[]');

export const stableId = leaf(
  z.string().regex(STABLE_ID),
  'a text',
  'string',
  "must contain only letters, digits, '-' and '_'",
  "'orders_2024' or 'order-lines'",
);
export const date = leaf(
  z.string().refine(isDate),
  'a text',
  'string (date)',
  'must be a date like 2025-01-31',
  '2025-01-31 (year, month, day)',
);
export const dateTime = leaf(
  z.string().refine(isDateTime),
  'a text',
  'string (date-time)',
  'must be a date and time with a time zone',
  '2025-01-31T09:30:00Z (UTC) or 2025-01-31T10:30:00+01:00',
);
export const uri = leaf(
  z.string().refine(isUri),
  'a text',
  'string (uri)',
  'must be a URI with a scheme',
  's3://bucket/path or https://example.org/orders',
);
export const sftpUri = leaf(
  z
    .string()
    .refine(isUri)
    .regex(/^sftp:\/\/.*/u),
  'a text',
  'string (uri)',
  'must be an sftp:// URI',
  'sftp://host/path',
);

export function oneOf(values: readonly string[]): Leaf {
  const zod = z.string().pipe(z.enum(values as [string, ...string[]]));
  const expect =
    values.length === 1
      ? values[0]
      : values.length <= 10
        ? `one of ${values.join(', ')}`
        : `one of ${values.slice(0, 6).join(', ')} (or another of the ${values.length} allowed values)`;
  const allowed = new Set(values);
  return {
    zod,
    expect,
    typeName: 'enum',
    enumValues: values,
    rule: `must be one of ${values.join(', ')}`,
    accepts: (v) => typeof v === 'string' && allowed.has(v),
  };
}

/** Two different numbers, for mustBeBetween / mustNotBeBetween. */
export const numberPair = leaf(
  z
    .array(z.number())
    .length(2)
    .refine((pair) => pair[0] !== pair[1]),
  'a list of two numbers',
  '[number, number]',
  'must be two different numbers',
  '[0, 100]',
);

/** logicalTypeOptions.required of an object property: a non-empty list of distinct texts. */
export const distinctTextList = leaf(
  z
    .array(z.string())
    .min(1)
    .refine((items) => new Set(items).size === items.length),
  'a list of texts',
  'string[]',
  'must be a non-empty list of different names',
  '[order_id, customer_id]',
);

const reference = z.string().refine((s) => SHORTHAND_REFERENCE.test(s) || FULLY_QUALIFIED_REFERENCE.test(s));
/** A relationship end: one reference or a non-empty list of references. */
export const referenceOrList = leaf(
  z.union([reference, z.array(reference).min(1)]),
  'a text or a list of texts',
  'string | string[]',
  "must be a reference like 'orders.order_id', or a list of them",
  "'orders.order_id' (schema and property) or 'schema/orders/properties/order_id', or a list of either",
);

const reference32 = z.string().refine((s) => SHORTHAND_REFERENCE_32.test(s) || FULLY_QUALIFIED_REFERENCE_32.test(s));
/** ODCS v3.2.0 relationship ends: nested shorthand names, '-' in names, .yml files. */
export const referenceOrList32 = leaf(
  z.union([reference32, z.array(reference32).min(1)]),
  'a text or a list of texts',
  'string | string[]',
  "must be a reference like 'orders.order_id', or a list of them",
  "'orders.order_id' (schema and property) or 'schema/orders/properties/order_id', or a list of either",
);

/** custom quality implementation: a text or a mapping. */
export const textOrObject = leaf(
  z.union([z.string(), z.custom<Record<string, unknown>>(isJsonObject, TYPE)]),
  'a text or a mapping',
  'string | object',
);
