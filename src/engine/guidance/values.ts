// What the usual values of a few keys mean, shown when the cursor is on the value itself.
import type { GuidanceKind } from './guidance-types';

type ValueTable = Readonly<Record<string, string>>;

const GDQF: ValueTable = {
  accuracy: 'Accuracy: the data matches reality or a trusted source.',
  completeness: 'Completeness: every record and value that should be there is there.',
  conformity:
    'Conformity (validity in the Government Data Quality Framework): values have the expected format, type and range.',
  consistency: 'Consistency: values do not contradict each other, within the table or across tables.',
  coverage:
    'Coverage (completeness in the Government Data Quality Framework): all the records that should be included are.',
  timeliness: 'Timeliness: the data is up to date and available when it is needed.',
  uniqueness: 'Uniqueness: nothing is recorded more than once.',
};

const VALUES: Partial<Record<GuidanceKind, Record<string, ValueTable>>> = {
  quality: {
    dimension: GDQF,
    metric: {
      nullValues: 'Counts the rows where the value is null (absent).',
      missingValues:
        'Counts the rows where the value is missing: null, or one of the values listed in arguments.missingValues (such as "" or "N/A").',
      invalidValues:
        'Counts the rows whose value is not valid: not in arguments.validValues, or not matching arguments.pattern.',
      duplicateValues: 'Counts the rows whose value (or combination of values) appears more than once.',
      rowCount: 'Counts the rows of the table.',
    },
    type: {
      library: 'A ready-made check named by its metric, understood by most data-quality tools.',
      sql: 'A check written as an SQL query that returns one number.',
      custom: 'A check in the language of a specific tool (engine), such as Soda or Great Expectations.',
      text: 'A rule written in words only, for people; no tool runs it.',
    },
  },
  property: {
    logicalType: {
      string: 'Text.',
      date: 'A calendar date without a time, such as 2025-01-31.',
      timestamp: 'A date and time, such as 2025-01-31T09:30:00Z.',
      time: 'A time of day without a date.',
      number: 'A number that may have decimals.',
      integer: 'A whole number.',
      object: 'A nested record with its own properties.',
      array: 'A list of values, described under items.',
      boolean: 'true or false.',
      map: 'Key/value pairs, like a dictionary; the keys and values are described under map.',
      vector:
        'A fixed-length list of numbers, such as an embedding for similarity search; its length is logicalTypeOptions.dimensions.',
    },
    semanticType: {
      column: 'A value stored in the data, as it is (the default).',
      measure: 'A figure you aggregate, such as total sales; transformLogic says how (e.g. SUM(amount)).',
      dimension: 'A category you group and filter by, such as region or month.',
    },
  },
  logicalTypeOptions: {
    distanceMetric: {
      cosine: 'Compares the direction of two vectors, ignoring their length; the usual choice for text embeddings.',
      dotProduct:
        'Multiplies the vectors element by element and adds up; the same ranking as cosine for normalised vectors.',
      euclidean: 'The straight-line distance between two vectors.',
      hamming: 'The number of positions where two binary vectors differ.',
      manhattan: 'The sum of the differences in each position.',
    },
  },
  teamMember: {
    role: {
      'Data Owner':
        'The senior person accountable for the data: approves access, sharing and retention. Usually a deputy director or above.',
      'Data Steward': 'A subject-matter expert who knows what the data means and answers questions about it.',
      'Data Custodian': 'Looks after the data technically: capture, storage, security and disposal. Not the owner.',
    },
  },
  sla: {
    property: {
      latency: 'How old the newest data may be when it becomes available.',
      frequency: 'How often the data is updated.',
      retention: 'How long the data is kept before it is deleted.',
      availability: 'How much of the time the data can be used.',
      timeOfAvailability: 'The time of day by which the data is available.',
    },
    unit: {
      d: 'Days.',
      h: 'Hours.',
      m: 'Minutes for latency and frequency; some tools read it as months for retention.',
      y: 'Years.',
    },
  },
};

/** What a value means for the key of a kind of object, matched without regard to case. */
export function valueMeaning(kind: GuidanceKind, key: string, value: string): string | undefined {
  const table = VALUES[kind]?.[key];
  if (!table) return undefined;
  const wanted = value.trim().toLowerCase();
  const found = Object.keys(table).find((k) => k.toLowerCase() === wanted);
  return found ? table[found] : undefined;
}
