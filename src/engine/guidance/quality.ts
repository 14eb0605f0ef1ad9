// Guidance for data-quality rules: what they measure, how they compare, and how they are run.
import { g, type GuidanceTable } from './guidance-types';

const operator = (meaning: string, example: string) =>
  g(`${meaning} Use exactly one comparison per rule.`, example, { rules: ['quality-single-operator'] });

export const QUALITY: GuidanceTable = {
  id: g('A stable identifier for the rule, so results can be traced back to it.', 'id: orders_no_null_ids', {
    rules: ['unique-ids'],
  }),
  name: g('A short name for the rule, shown in test results.', 'name: Order ids are present', {
    rules: ['unique-names'],
  }),
  description: g(
    'What the rule checks, in plain words, and why it matters.',
    'description: Every order has an order id, so orders can be told apart.',
    { dimension: 'documentation' },
  ),
  type: g(
    'How the rule is written: library (a ready-made metric such as nullValues), sql (your own query), custom (another tool’s check) or text (a rule described in words only).',
    'type: library',
    { good: 'library where a metric fits, because every tool understands it.' },
  ),
  dimension: g(
    'Which data-quality dimension the rule measures. The score maps conformity to validity and coverage to completeness.',
    'dimension: completeness',
    {
      good: 'One of accuracy, completeness, conformity, consistency, coverage, timeliness, uniqueness.',
      rules: ['quality-dimension-synonym'],
    },
  ),
  method: g('How the check is done, such as reconciliation against the source system.', 'method: reconciliation', {
    dimension: 'accuracy',
  }),
  severity: g('How serious a failure is, so people know whether to stop using the data.', 'severity: error'),
  businessImpact: g('What goes wrong for the business when the rule fails.', 'businessImpact: operational'),
  unit: g('The unit the measured value is in: rows or percent.', 'unit: percent'),
  schedule: g('When the check runs, usually a cron expression.', "schedule: '0 6 * * *'", { dimension: 'timeliness' }),
  scheduler: g('The tool that runs the check on its schedule.', 'scheduler: cron'),
  tags: g('Keywords to group rules, such as the report that depends on them.', 'tags:\n  - monthly-report'),
  authoritativeDefinitions: g(
    'Links to the policy or standard the rule enforces.',
    'authoritativeDefinitions:\n  - type: businessDefinition\n    url: https://intranet.example.org/dq-policy',
  ),
  customProperties: g(
    'Extra facts about the rule, as property/value pairs.',
    'customProperties:\n  - property: ticket\n    value: DQ-123',
  ),
  metric: g(
    'The ready-made measurement for a library rule: nullValues, missingValues, invalidValues, duplicateValues or rowCount.',
    'metric: duplicateValues\nmustBe: 0',
    {
      dimension: 'uniqueness',
      good: 'nullValues or missingValues for completeness, duplicateValues for keys, invalidValues with validValues or a pattern for codes.',
      rules: ['invalid-values-arguments', 'row-count-bounds'],
    },
  ),
  rule: g('The old name of metric, deprecated in ODCS v3.1.0. Write metric instead.', 'metric: nullValues', {
    rules: ['deprecated-quality-rule'],
  }),
  arguments: g(
    'Settings for the metric: the valid values or pattern for invalidValues, the columns for a duplicate check over several columns.',
    "metric: invalidValues\narguments:\n  validValues: ['pending', 'shipped', 'delivered']\nmustBe: 0",
    {
      dimension: 'validity',
      rules: [
        'invalid-values-arguments',
        'quality-arguments-properties-exist',
        'missing-values-arguments',
        'regex-compiles',
      ],
    },
  ),
  mustBe: operator('The measured value must equal this, e.g. 0 missing values.', 'mustBe: 0'),
  mustNotBe: operator('The measured value must not equal this.', 'mustNotBe: 0'),
  mustBeGreaterThan: operator('The measured value must be above this number.', 'mustBeGreaterThan: 0'),
  mustBeGreaterOrEqualTo: operator('The measured value must be at least this number.', 'mustBeGreaterOrEqualTo: 1000'),
  mustBeLessThan: operator('The measured value must be below this number.', 'mustBeLessThan: 5'),
  mustBeLessOrEqualTo: operator('The measured value must be at most this number.', 'mustBeLessOrEqualTo: 1'),
  mustBeBetween: g(
    'The measured value must lie between two numbers, low first. Use exactly one comparison per rule.',
    'mustBeBetween: [1000, 50000]',
    { rules: ['between-bounds-order', 'quality-single-operator'] },
  ),
  mustNotBeBetween: g(
    'The measured value must lie outside two numbers, low first. Use exactly one comparison per rule.',
    'mustNotBeBetween: [0, 10]',
    { rules: ['between-bounds-order', 'quality-single-operator'] },
  ),
  query: g(
    'The SQL that measures something for an sql rule. It returns one number, compared with the rule’s operator. {object} and {property} stand for the table and column.',
    'type: sql\nquery: |\n  SELECT COUNT(*) FROM {object} WHERE total < 0\nmustBe: 0',
    { rules: ['sql-syntax', 'sql-unknown-placeholder', 'sql-unknown-reference'] },
  ),
  engine: g('The tool that runs a custom rule, such as soda or great-expectations.', 'engine: soda'),
  implementation: g(
    'The check written in the custom engine’s own language.',
    'implementation: |\n  checks for orders:\n    - row_count > 0',
  ),
};
