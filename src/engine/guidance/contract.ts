// Guidance for the top of a contract: what it is, its description, price, and the extension keys every object shares.
import { g, type GuidanceTable } from './guidance-types';

export const CONTRACT: GuidanceTable = {
  apiVersion: g(
    'Which version of the Open Data Contract Standard (ODCS) this file follows. Tools use it to know which keys are allowed.',
    'apiVersion: v3.2.0',
    {
      good: 'The newest released version, v3.2.0, unless a tool you depend on needs an older one.',
      rules: ['odcs-version-unsupported', 'api-version-feature'],
    },
  ),
  kind: g('Says that this file is a data contract. It is always the same word.', 'kind: DataContract'),
  id: g(
    'A unique identifier for this contract, so other files and tools can refer to it without relying on its name.',
    'id: 53581432-6c55-4ba2-a65f-72344a91553a',
    { good: 'A UUID or a stable slug that never changes, even when the contract is renamed.', rules: ['unique-ids'] },
  ),
  version: g(
    'The version of this contract. Raise it when the contract changes so that people using the data notice.',
    'version: 1.2.0',
    { good: 'Semantic versioning: the first number goes up when a change can break someone’s report or pipeline.' },
  ),
  status: g('Where the contract is in its life: still being agreed, in use, or on its way out.', 'status: active', {
    good: 'One of proposed, draft, active, deprecated or retired, kept up to date.',
    rules: ['status-value'],
  }),
  name: g('A short, readable name for the data this contract describes.', 'name: Online orders', {
    dimension: 'documentation',
  }),
  tenant: g(
    'The organisation or business unit the data mainly belongs to, when one platform serves several.',
    'tenant: HMPPS',
  ),
  tags: g('Free keywords that help people find the contract in a catalogue.', 'tags:\n  - sales\n  - finance', {
    dimension: 'documentation',
  }),
  servers: g(
    'Where the data physically lives: databases, warehouses, buckets or topics, one entry per environment.',
    'servers:\n  - server: production\n    type: postgresql\n    host: db.example.org\n    port: 5432\n    database: shop\n    schema: public',
  ),
  dataProduct: g(
    'The data product this contract belongs to. Deprecated in ODCS v3.1.0: describe the data product in its own file instead.',
    '# instead of dataProduct, name the data product in its own file\nname: Online orders',
    { rules: ['deprecated-data-product'] },
  ),
  description: g(
    'A plain description of the data: what it is for, how to use it and what it cannot be used for.',
    'description:\n  purpose: Orders placed in the web shop, for sales reporting.\n  usage: Join to customers on customer_id.\n  limitations: Cancelled orders are removed after 30 days.',
    { dimension: 'documentation', rules: ['contract-description'] },
  ),
  domain: g(
    'The business area the data belongs to, such as sales, prisons or finance. Helps find the right owner.',
    'domain: sales',
    { dimension: 'ownership' },
  ),
  schema: g(
    'The tables (or topics, files, views) the contract covers, with their columns. This is where most quality checks live.',
    'schema:\n  - name: orders\n    description: Orders placed in the web shop.\n    properties:\n      - name: order_id\n        logicalType: string\n        primaryKey: true',
    { dimension: 'completeness' },
  ),
  support: g(
    'Where people can ask questions or report problems with the data: a mailbox, a Slack or Teams channel, a ticket queue.',
    'support:\n  - channel: sales-data\n    tool: email\n    url: mailto:sales-data@example.org',
    { dimension: 'ownership', rules: ['no-support-channel', 'ukgov-contact-point'] },
  ),
  price: g(
    'What the data costs to use, when it is charged for.',
    'price:\n  priceAmount: 0.5\n  priceCurrency: GBP\n  priceUnit: megabyte',
  ),
  team: g(
    'The people responsible for the data, and in which role. ODCS has no single "owner" field: the owner is the team member with the role Data Owner.',
    'team:\n  name: sales-data\n  members:\n    - username: alice@example.org\n      role: Data Owner\n    - username: bob@example.org\n      role: Data Custodian',
    {
      dimension: 'ownership',
      good: 'A named Data Owner (accountable), a Data Steward (knows what the data means) and a Data Custodian (runs it).',
      rules: ['no-team', 'no-data-owner', 'deprecated-team-array'],
    },
  ),
  roles: g(
    'The access roles people can request to use the data, and who approves the requests.',
    'roles:\n  - role: sales_reader\n    access: read\n    firstLevelApprovers: Sales data owner',
  ),
  slaDefaultElement: g(
    'The column that service levels are measured on when an SLA does not say. Deprecated in ODCS v3.1.0: give each SLA its own element.',
    'slaProperties:\n  - property: latency\n    value: 1\n    unit: d\n    element: orders.created_at',
    { dimension: 'timeliness', rules: ['deprecated-sla-default-element'] },
  ),
  slaProperties: g(
    'Service levels the data provider promises: how fresh the data is, how long it is kept, how often it is updated.',
    'slaProperties:\n  - property: latency\n    value: 1\n    unit: d\n    element: orders.created_at',
    {
      dimension: 'timeliness',
      good: 'At least a latency or frequency promise, measured on a named timestamp column.',
      rules: ['timestamp-freshness-sla', 'sla-element-exists', 'personal-data-no-retention'],
    },
  ),
  authoritativeDefinitions: g(
    'Links to the official definition of something: a business glossary entry, a policy, the source system’s documentation.',
    'authoritativeDefinitions:\n  - type: businessDefinition\n    url: https://glossary.example.org/terms/order',
    { dimension: 'documentation' },
  ),
  customProperties: g(
    'Extra facts your organisation records that the standard has no key for, as property/value pairs.',
    'customProperties:\n  - property: retentionPeriodDays\n    value: 365',
    { rules: ['ukgov-security-classification', 'ukgov-access-rights', 'ukgov-update-frequency', 'ukgov-licence'] },
  ),
  contractCreatedTs: g(
    'When the contract was first created, as a date and time in UTC.',
    "contractCreatedTs: '2025-01-31T09:00:00Z'",
  ),
  context: g(
    'Guidance for people and AI assistants that use the data: how to use it, questions with checked answers, and what not to do with it. A single text is read as instructions.',
    'context:\n  instructions: Count only orders with status shipped or delivered as sales.\n  constraints:\n    - constraint: Do not use this data to make decisions about individual customers.',
    { dimension: 'documentation' },
  ),
};

export const DESCRIPTION: GuidanceTable = {
  purpose: g(
    'Why this data exists and what questions it answers. The first thing a new user reads.',
    'purpose: Orders placed in the web shop, one row per order, for sales reporting.',
    {
      dimension: 'documentation',
      good: 'One or two sentences a newcomer understands without asking anyone.',
      rules: ['contract-description'],
    },
  ),
  usage: g(
    'How the data should be used: typical joins, filters, refresh times, things to watch out for.',
    'usage: Join to customers on customer_id; filter out test orders with is_test.',
    { dimension: 'documentation' },
  ),
  limitations: g(
    'What the data must not be used for, or where it is known to be incomplete or wrong.',
    'limitations: Orders before 2020 are missing; not suitable for decisions about individuals.',
    { dimension: 'documentation' },
  ),
  authoritativeDefinitions: g(
    'Links to documents that define the dataset officially.',
    'authoritativeDefinitions:\n  - type: businessDefinition\n    url: https://glossary.example.org/datasets/orders',
    { dimension: 'documentation' },
  ),
  customProperties: g(
    'Extra descriptive facts your organisation records, as property/value pairs.',
    'customProperties:\n  - property: dpiaUrl\n    value: https://intranet.example.org/dpia/orders',
  ),
};

export const PRICE: GuidanceTable = {
  id: g('A stable identifier for this price entry.', 'id: standard-price'),
  priceAmount: g('How much the data costs, as a number, per price unit.', 'priceAmount: 0.5'),
  priceCurrency: g('The currency of the price.', 'priceCurrency: GBP'),
  priceUnit: g('What one unit of the price buys, such as a megabyte or a query.', 'priceUnit: megabyte'),
};

/** Keys that mean the same in every kind of object; a kind's own table can say more. */
export const SHARED: GuidanceTable = {
  id: g(
    'A stable identifier for this entry, used by references elsewhere in the contract. Letters, digits, "-" and "_" only.',
    'id: orders_tbl',
    { rules: ['unique-ids'] },
  ),
  name: g('The name of this entry, as people and tools refer to it.', 'name: orders', {
    rules: ['unique-names', 'naming-convention'],
  }),
  description: g('A plain-English description of this entry.', 'description: Orders placed in the web shop.', {
    dimension: 'documentation',
  }),
  tags: g('Free keywords that help people find and group entries.', 'tags:\n  - finance'),
  customProperties: g(
    'Extra facts your organisation records that the standard has no key for, as property/value pairs.',
    'customProperties:\n  - property: businessUnit\n    value: HMPPS',
  ),
  authoritativeDefinitions: g(
    'Links to the official definition: a business glossary entry, a policy, documentation of the source.',
    'authoritativeDefinitions:\n  - type: businessDefinition\n    url: https://glossary.example.org/terms/order',
    { dimension: 'documentation' },
  ),
};

export const CUSTOM_PROPERTY: GuidanceTable = {
  id: g('A stable identifier for this custom property.', 'id: retention'),
  property: g(
    'The name of the extra fact, agreed across your organisation so tools can read it.',
    'property: retentionPeriodDays',
  ),
  value: g('The value of the extra fact: text, a number, a list or a small mapping.', 'value: 365'),
  description: g(
    'What the extra fact means, for people who have not met it before.',
    'description: Days the data is kept before deletion.',
  ),
  vendor: g(
    'The tool or supplier the extra fact is for, as a short lowercase name such as soda or atlan, so each tool finds its own.',
    'vendor: soda',
  ),
};

export const AUTHORITATIVE_DEFINITION: GuidanceTable = {
  id: g('A stable identifier for this link.', 'id: glossary-order'),
  url: g('Where the official definition can be read.', 'url: https://glossary.example.org/terms/order'),
  type: g(
    'What kind of definition the link points to, such as a business definition or the code that builds the data.',
    'type: businessDefinition',
    {
      good: 'businessDefinition, transformationImplementation, videoTutorial, tutorial or implementation; from v3.2.0 also glossary, ontology or taxonomy.',
    },
  ),
  description: g(
    'What the reader will find behind the link.',
    'description: The finance team’s definition of an order.',
  ),
};
