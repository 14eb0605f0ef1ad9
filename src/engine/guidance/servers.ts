// Guidance for where the data lives (servers) and for the service levels promised on it (SLA properties).
import { g, type GuidanceTable } from './guidance-types';

export const SERVER: GuidanceTable = {
  id: g('A stable identifier for the server entry.', 'id: prod_pg'),
  server: g('A short name for this place the data lives, usually the environment.', 'server: production'),
  type: g(
    'The kind of system: postgresql, snowflake, bigquery, s3, kafka, databricks and so on. It decides which connection keys are needed.',
    'type: postgresql',
  ),
  description: g('What this server is, in words.', 'description: The production reporting database.'),
  environment: g('Which environment the server is: prod, preprod, uat or dev.', 'environment: prod'),
  roles: g('Access roles that apply to this server only.', 'roles:\n  - role: sales_reader\n    access: read'),
  customProperties: g(
    'Extra facts about the server, as property/value pairs.',
    'customProperties:\n  - property: costCentre\n    value: "1234"',
  ),
  location: g(
    'The address of the data, as a URI: a bucket path, a file share or an API endpoint.',
    'location: s3://sales-data/orders/',
  ),
  stagingDir: g(
    'For Athena: the S3 location where query results are written.',
    'stagingDir: s3://athena-results/sales/',
  ),
  schema: g('The database schema that holds the tables.', 'schema: sales'),
  catalog: g(
    'The catalog that holds the schema or namespace (Databricks, Trino, Athena, Iceberg).',
    'catalog: analytics',
  ),
  regionName: g('The cloud region of the service.', 'regionName: eu-west-2'),
  format: g('The file or message format: parquet, delta, json or csv.', 'format: parquet'),
  delimiter: g(
    'How records are separated in JSON files: one per line (new_line) or as one array (array).',
    'delimiter: new_line',
  ),
  project: g('The cloud project (BigQuery, Pub/Sub).', 'project: sales-analytics'),
  dataset: g('The BigQuery dataset that holds the tables.', 'dataset: orders'),
  host: g('The host name or address of the server.', 'host: db.example.org'),
  port: g(
    'The network port of the server: a whole number, or (from ODCS v3.2.0) a variable such as ${DB_PORT} set where the contract is used.',
    'port: 5432',
  ),
  database: g('The name of the database.', 'database: shop'),
  account: g('The cloud or warehouse account (Snowflake, Redshift, Glue).', 'account: xy12345.eu-west-2'),
  region: g('The cloud region (Kinesis, Redshift).', 'region: eu-west-2'),
  path: g('The path to the data on a local or shared disk.', 'path: ./data/orders.parquet'),
  serviceName: g('The Oracle service name to connect to.', 'serviceName: SALESPDB'),
  endpointUrl: g(
    'The endpoint of an S3-compatible store that is not Amazon S3.',
    'endpointUrl: https://minio.example.org',
  ),
  warehouse: g(
    'For Snowflake, the warehouse that runs the queries; for Iceberg, the warehouse (a name or storage location) the catalog serves.',
    'warehouse: REPORTING_WH',
  ),
  stream: g('The name of the data stream.', 'stream: orders-events'),
  encoding: g(
    'The character encoding of the files or messages, such as UTF-8 (the default) or ISO-8859-1. Read with the wrong one, accented letters and symbols such as £ come out garbled.',
    'encoding: UTF-8',
    { dimension: 'validity' },
  ),
  catalogUrl: g(
    'For Iceberg: the address of the REST catalog service that knows the tables (Polaris, Nessie, S3 Tables, Unity Catalog, Glue).',
    'catalogUrl: https://catalog.example.org',
  ),
  namespace: g(
    'For Iceberg: the namespace in the catalog that holds the tables, with dots between levels, such as sales or sales.orders.',
    'namespace: sales',
  ),
  workgroup: g(
    'For Athena: the workgroup queries run in. It can decide where results are written and how much a query may scan.',
    'workgroup: primary',
  ),
};

export const SLA: GuidanceTable = {
  id: g('A stable identifier for the service level.', 'id: orders_latency'),
  property: g(
    'What the service level is about: latency (how old the newest data may be), frequency (how often it updates), retention (how long it is kept), availability, and so on.',
    'property: latency',
    {
      dimension: 'timeliness',
      good: 'latency or frequency for freshness; retention for how long personal data is kept.',
      rules: ['timestamp-freshness-sla', 'personal-data-no-retention', 'ukgov-update-frequency'],
    },
  ),
  value: g('The promised value, in the unit given.', 'value: 1', { dimension: 'timeliness' }),
  valueExt: g('A second value when one is not enough, such as the upper end of a range.', 'valueExt: 2'),
  unit: g(
    'The unit of the value: d (days), h (hours), m, y. Beware that m means minutes for freshness but is read as months for retention by some tools.',
    'unit: d',
    {
      dimension: 'timeliness',
      good: 'Days (d) or hours (h), which nobody misreads.',
      rules: ['retention-unit-ambiguous'],
    },
  ),
  element: g(
    'The column the service level is measured on, written table.column, such as the timestamp that shows how fresh the data is.',
    'element: orders.created_at',
    {
      dimension: 'timeliness',
      good: 'A table and column defined in this contract.',
      rules: ['sla-element-exists', 'timestamp-freshness-sla'],
    },
  ),
  driver: g('Why the service level matters: regulatory, analytics or operational.', 'driver: operational'),
  description: g('The service level in plain words.', 'description: Orders appear within one day of being placed.', {
    dimension: 'documentation',
  }),
  scheduler: g('The tool that checks the service level.', 'scheduler: cron'),
  schedule: g('When the service level is checked, usually a cron expression.', "schedule: '0 7 * * *'"),
  customProperties: g(
    'Extra facts about the service level, as property/value pairs.',
    'customProperties:\n  - property: penalty\n    value: service credit',
  ),
  authoritativeDefinitions: g(
    'Links to the agreement or policy the service level comes from.',
    'authoritativeDefinitions:\n  - type: businessDefinition\n    url: https://intranet.example.org/agreements/orders-sla',
    { dimension: 'documentation' },
  ),
};
