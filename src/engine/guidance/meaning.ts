// Guidance for what values and names mean (ODCS v3.2.0): the allowed values of a column (enum), other names
// people use (synonyms), and the context block that tells people and AI assistants how to use the data.
import { g, type GuidanceTable } from './guidance-types';

export const ENUM_VALUE: GuidanceTable = {
  value: g('One value the column may hold, exactly as it is stored.', 'value: shipped', {
    dimension: 'validity',
    good: 'The stored code, not its label; the same list as any invalidValues check on the column.',
    rules: ['enum-valid-values-agree'],
  }),
  label: g('How the value is shown to people in reports and forms.', 'label: Shipped', { dimension: 'documentation' }),
  id: g('A stable identifier for this value, so other documents can refer to it.', 'id: status-shipped'),
  description: g('What the value means and when it is used.', 'description: The parcel has left the warehouse.', {
    dimension: 'documentation',
  }),
  customProperties: g(
    'Extra facts about the value, such as its label in another language.',
    'customProperties:\n  - property: labelCy\n    value: Wedi’i anfon',
  ),
  authoritativeDefinitions: g(
    'Links to the official definition of the value, such as a glossary entry or a published code list.',
    'authoritativeDefinitions:\n  - type: businessDefinition\n    url: https://glossary.example.org/order-status/shipped',
    { dimension: 'documentation' },
  ),
};

export const SYNONYM: GuidanceTable = {
  synonym: g(
    'The other name, written as people use it: a business term, an abbreviation, the name in another language or in an old system.',
    'synonym: Turnover',
    {
      dimension: 'documentation',
      good: 'Names people really search for, each listed once per language.',
      rules: ['duplicate-synonym'],
    },
  ),
  description: g('When or why people use this name.', 'description: Abbreviation used by the finance team.'),
  locale: g(
    'The language the name belongs to, as a language tag such as en-GB or cy-GB, when it is not the language of the contract.',
    'locale: cy-GB',
  ),
  source: g('Where the name comes from: a glossary, a team, an old system.', 'source: finance-glossary'),
  status: g(
    'Whether the name is still in use: active, or deprecated for a name people should stop using.',
    'status: active',
  ),
};

export const CONTEXT: GuidanceTable = {
  instructions: g(
    'Plain guidance for people and AI assistants on how to use the data: what to count, what to filter out, how to join.',
    'instructions: Count only orders with status shipped or delivered as sales.',
    { dimension: 'documentation', good: 'The advice you would give a new analyst before their first query.' },
  ),
  verifiedStatements: g(
    'Questions people really ask about the data, with answers the owners have checked. AI assistants use them as worked examples; a question without an answer is one the data should be able to answer.',
    'verifiedStatements:\n  - question: How many orders were placed last month?\n    answer: Count the rows of orders whose order_date falls in that month.',
    { dimension: 'accuracy' },
  ),
  constraints: g(
    'What people and AI assistants must not do with the data, in plain words.',
    'constraints:\n  - constraint: Do not use this table to make decisions about individual customers.',
    { dimension: 'documentation' },
  ),
};

export const CONTEXT_STATEMENT: GuidanceTable = {
  id: g('A stable identifier for the question.', 'id: monthly-orders'),
  question: g(
    'A question someone may ask about the data, worded as they would ask it.',
    'question: How many orders were placed last month?',
  ),
  answer: g(
    'The checked answer: the result, or how to get it (often a query). Leave it out for a question still waiting for one.',
    'answer: Count the rows of orders whose order_date falls in that month.',
    { dimension: 'accuracy' },
  ),
};

export const CONTEXT_CONSTRAINT: GuidanceTable = {
  id: g('A stable identifier for the constraint.', 'id: no-individual-decisions'),
  constraint: g(
    'Something people and AI assistants must not do with the data: a join, a use or a conclusion to avoid.',
    'constraint: Never report figures about fewer than 10 people.',
  ),
};
