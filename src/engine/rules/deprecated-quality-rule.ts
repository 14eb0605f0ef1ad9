// ODCS v3.1.0 renamed the library quality key `rule` to `metric` and settled the metric names.
import { defineRule } from './define-rule';
import { deprecatedSinceV31 } from './helpers-version';
import type { Fixer } from '../fix/fixer';
import type { TextEdit } from '../types';

const METRICS = ['nullValues', 'missingValues', 'invalidValues', 'duplicateValues', 'rowCount'];

/** v3.0.x rule names whose meaning a v3.1.0 metric keeps exactly. */
const RENAMED: Record<string, string> = {
  duplicatecount: 'duplicateValues',
  nullcheck: 'nullValues',
  ...Object.fromEntries(METRICS.map((m) => [m.toLowerCase(), m])),
};

export default defineRule<undefined, 'useMetric' | 'bothKeys' | 'validValues' | 'unknownRule'>({
  meta: {
    id: 'deprecated-quality-rule',
    code: 'DCL223',
    group: 'deprecations',
    severity: 'warning',
    description: "Library quality rules name their check with 'metric'; ODCS v3.1.0 deprecated 'rule'.",
    messages: {
      useMetric: "Replace deprecated 'rule' with 'metric: {metric}' in {label}.",
      bothKeys: "Remove 'rule' from {label}: it has 'metric', and the deprecated 'rule' is ignored.",
      validValues: "Write 'metric: invalidValues' and 'arguments: validValues:' in {label}, not 'rule'.",
      unknownRule: "Replace deprecated 'rule' in {label} with a metric or SQL check.",
    },
    details: {
      unknownRule:
        "No metric means the same as 'rule: {rule}': write the check as a metric with an operator, or as an SQL query.",
    },
    fixable: true,
    hasSuggestions: true,
    supersedesSchemaFindings: true,
  },
  create(context) {
    // Before v3.1.0 (and in a contract whose version cannot be read) 'rule' is current: nothing to report.
    if (!deprecatedSinceV31(context.apiVersion)) return {};
    return {
      quality(node) {
        const q = node.value;
        if (!('rule' in q)) return;
        const rulePath = [...node.path, 'rule'];
        const rule = typeof q.rule === 'string' ? q.rule : undefined;
        const metric = rule ? RENAMED[rule.trim().toLowerCase()] : undefined;
        if ('metric' in q) {
          context.report({
            path: rulePath,
            messageId: 'bothKeys',
            data: { label: node.label },
            suggest: [{ title: "Remove 'rule'", fix: (fixer) => fixer.removeEntry(rulePath) }],
          });
          return;
        }
        if (metric) {
          context.report({
            path: rulePath,
            messageId: 'useMetric',
            data: { label: node.label, metric },
            fixTitle: `Replace with 'metric: ${metric}'`,
            fix: (fixer) => toMetric(fixer, rulePath, rule !== metric ? metric : undefined),
          });
        } else if (rule?.trim().toLowerCase() === 'validvalues') {
          const canMove = 'validValues' in q && !('arguments' in q);
          context.report({
            path: rulePath,
            messageId: 'validValues',
            data: { label: node.label },
            fixTitle: "Replace with 'metric: invalidValues' and move the valid values under 'arguments'",
            fix: canMove ? (fixer) => toInvalidValues(fixer, rulePath, [...node.path, 'validValues']) : undefined,
          });
        } else {
          context.report({
            path: rulePath,
            messageId: 'unknownRule',
            data: { label: node.label, rule: rule ?? String(q.rule), metrics: METRICS.join(', ') },
          });
        }
      },
    };
  },
});

function toMetric(fixer: Fixer, rulePath: Array<string | number>, newValue: string | undefined): TextEdit[] | null {
  const rename = fixer.renameKey(rulePath, 'metric');
  if (!rename) return null;
  if (newValue === undefined) return [rename];
  const value = fixer.replaceValue(rulePath, newValue);
  return value ? [rename, value] : null;
}

/** `rule: validValues` + `validValues: [...]` becomes `metric: invalidValues` + `arguments: validValues: [...]`. */
function toInvalidValues(
  fixer: Fixer,
  rulePath: Array<string | number>,
  listPath: Array<string | number>,
): TextEdit[] | null {
  const metric = toMetric(fixer, rulePath, 'invalidValues');
  // The list keeps its lines, moved right under the new parent key (block lists at the key's column included).
  const nest = fixer.nestEntryUnderKey(listPath, 'arguments');
  return metric && nest ? [...metric, nest] : null;
}
