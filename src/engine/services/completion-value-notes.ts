// What each value completion proposes means: a one-line detail beside the value and the longer text in its
// documentation. The guidance's own value meanings come first; these cover the other values completion offers.
import { kindAndKey, valueMeaning, type GuidanceKind } from '../guidance';
import type { JsonPath } from '../types';

type Notes = Readonly<Record<string, string>>;

const SERVER_NAMES: Notes = {
  api: 'An HTTP API.',
  athena: 'Amazon Athena.',
  azure: 'Azure storage.',
  bigquery: 'Google BigQuery.',
  clickhouse: 'ClickHouse.',
  databricks: 'Databricks.',
  denodo: 'Denodo.',
  dremio: 'Dremio.',
  duckdb: 'DuckDB.',
  glue: 'AWS Glue.',
  cloudsql: 'Google Cloud SQL.',
  db2: 'IBM Db2.',
  hive: 'Apache Hive.',
  impala: 'Apache Impala.',
  informix: 'IBM Informix.',
  kafka: 'A Kafka topic.',
  kinesis: 'An Amazon Kinesis stream.',
  local: 'Files on the local disk.',
  mysql: 'MySQL.',
  oracle: 'Oracle Database.',
  postgresql: 'PostgreSQL.',
  postgres: 'PostgreSQL.',
  presto: 'Presto.',
  pubsub: 'Google Pub/Sub.',
  redshift: 'Amazon Redshift.',
  s3: 'Files in Amazon S3.',
  sftp: 'Files on an SFTP server.',
  snowflake: 'Snowflake.',
  sqlserver: 'Microsoft SQL Server.',
  synapse: 'Azure Synapse.',
  trino: 'Trino.',
  vertica: 'Vertica.',
  zen: 'Actian Zen.',
  btrieve: 'Btrieve.',
  exasol: 'Exasol.',
  fastobjects: 'FastObjects.',
  poet: 'POET.',
  hana: 'SAP HANA.',
  iceberg: 'Apache Iceberg tables.',
  ingres: 'Ingres.',
  teradata: 'Teradata.',
  vectorwise: 'Actian Vectorwise.',
  versant: 'Versant.',
  custom: 'Any other system, described in customProperties.',
};

const NOTES: Partial<Record<GuidanceKind, Record<string, Notes>>> = {
  contract: {
    kind: { DataContract: 'An ODCS data contract; the only kind ODCS v3 has.' },
    status: {
      proposed: 'Proposed: suggested, not yet agreed with the people who use the data.',
      draft: 'Draft: being written; consumers should not rely on it yet.',
      active: 'Active: agreed and in use; changes follow the versioning rules.',
      deprecated: 'Deprecated: still served, but consumers should move to its replacement.',
      retired: 'Retired: no longer served.',
    },
  },
  server: {
    type: SERVER_NAMES,
    environment: {
      prod: 'Production: the data people rely on.',
      preprod: 'Pre-production: a last check before production.',
      uat: 'User acceptance testing.',
      dev: 'Development: for building and trying things out.',
    },
    encoding: {
      'UTF-8': 'Unicode, 1–4 bytes per character: the usual choice.',
      'ISO-8859-1': 'Latin-1: Western European characters only.',
      ASCII: 'Plain English characters only.',
      'UTF-16': 'Unicode, 2 or 4 bytes per character.',
    },
  },
  schema: { logicalType: { object: 'A table or record with properties (the only logical type of a schema object).' } },
  support: {
    tool: {
      email: 'An email address (mailto: URL).',
      slack: 'A Slack channel.',
      teams: 'A Microsoft Teams channel.',
      discord: 'A Discord channel.',
      ticket: 'A ticketing system, such as Jira or ServiceNow.',
      other: 'Any other channel.',
    },
    scope: {
      interactive: 'Questions answered by people.',
      announcements: 'News about changes and incidents.',
      issues: 'Where to report a problem with the data.',
    },
  },
  role: { access: { read: 'May read the data.', write: 'May change the data.' } },
  sla: {
    property: {
      throughput: 'How much data is delivered per unit of time.',
      errorRate: 'The share of records or requests allowed to fail.',
      generalAvailability: 'The date from which the data is generally available.',
      endOfSupport: 'The date after which the data is no longer supported.',
      endOfLife: 'The date after which the data is no longer served.',
    },
    driver: {
      regulatory: 'Required by law or a regulator.',
      analytics: 'Needed for analysis and reporting.',
      operational: 'Needed to run the service day to day.',
    },
  },
  authoritativeDefinition: {
    type: {
      businessDefinition: 'The business meaning, in a glossary or policy.',
      transformationImplementation: 'The code that produces the data.',
      videoTutorial: 'A video that explains the data.',
      tutorial: 'A written guide to using the data.',
      implementation: 'Where the data is implemented.',
      glossary: 'An entry in a business glossary.',
      ontology: 'A concept in an ontology.',
      taxonomy: 'A term in a taxonomy.',
    },
  },
  customProperty: { vendor: { confluent: 'Confluent.', zeenea: 'Zeenea.', atlan: 'Atlan.', soda: 'Soda.' } },
  synonym: {
    status: {
      active: 'In use: the name may still be seen.',
      deprecated: 'No longer used: kept so old names can be found.',
    },
  },
  property: {
    classification: {
      OFFICIAL: 'OFFICIAL: routine government business; most data.',
      'OFFICIAL-SENSITIVE': 'OFFICIAL-SENSITIVE: OFFICIAL data that needs extra care, such as personal data.',
      SECRET: 'SECRET: needs protection against serious threats.',
      TOP_SECRET: 'TOP SECRET: the most sensitive data.',
      NOT_APPLICABLE: 'Not applicable: the value carries no security classification.',
    },
  },
  relationship: { type: { foreignKey: 'This column holds the key of a row in another table.' } },
  quality: {
    method: { reconciliation: 'Compared with a trusted source, such as the system of record.' },
    severity: {
      error: 'A failure stops the data being used.',
      warning: 'A failure is reported; the data may still be used.',
      info: 'Reported for information only.',
    },
    businessImpact: {
      operational: 'A failure disrupts the service.',
      regulatory: 'A failure breaks a legal or regulatory duty.',
    },
    unit: { rows: 'Thresholds count rows.', percent: 'Thresholds are a percentage of rows.' },
  },
};

/** What a value means at `path`, for completion: the guidance's meaning, else the notes above, else a plain fallback. */
export function valueNote(path: JsonPath, value: string): string {
  const where = kindAndKey(path);
  if (where) {
    const meaning = valueMeaning(where.kind, where.key, value) ?? NOTES[where.kind]?.[where.key]?.[value];
    if (meaning) return meaning;
    if (where.key === 'apiVersion')
      return `ODCS ${value}${/^v2\./.test(value) ? ', an old version: new contracts use v3' : ''}.`;
    if (value === 'true') return `Yes: ${where.key} applies.`;
    if (value === 'false') return `No: the same as leaving ${where.key} out.`;
  }
  return `A value ${where ? `'${where.key}' ` : ''}takes.`;
}

/** The text cut to at most `max` characters at a word boundary, with an ellipsis when something was left out. */
export function shorten(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > 0 ? cut.slice(0, space) : cut).replace(/[\s,;:.·–—-]+$/, '')}…`;
}

/** The first sentence of a note, short enough for one line beside the value. */
export const oneLine = (note: string, max = 60): string =>
  shorten(note.split(/(?<=[.!?])\s+(?=[A-Z])/)[0].replace(/\.$/, ''), max);
