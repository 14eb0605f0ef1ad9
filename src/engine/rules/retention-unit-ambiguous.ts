// 'm' is minutes for a latency but usually months for a retention period; a retention promise must not be read wrong.
import { defineRule } from './define-rule';
import { str } from '../contract-nodes';

export default defineRule<undefined, 'ambiguous'>({
  meta: {
    id: 'retention-unit-ambiguous',
    code: 'DCL200',
    group: 'references',
    dimension: 'timeliness',
    severity: 'warning',
    description: "A retention SLA does not use the unit 'm', which reads as months or minutes.",
    messages: {
      ambiguous: "Write the unit of {label} in full, 'month' or 'min': '{unit}' could mean either.",
    },
    hasSuggestions: true,
  },
  create(context) {
    return {
      slaProperty(node) {
        if ((str(node.value.property) ?? '').toLowerCase() !== 'retention') return;
        const unit = str(node.value.unit);
        if (unit === undefined || unit.trim().toLowerCase() !== 'm') return;
        const path = [...node.path, 'unit'];
        context.report({
          path,
          target: 'value',
          messageId: 'ambiguous',
          data: { label: node.label, value: String(node.value.value ?? '?'), unit },
          // Only the author knows which was meant: offer both, apply neither.
          suggest: [
            { title: "Change the unit to 'month' (months)", fix: (fixer) => fixer.replaceValue(path, 'month') },
            { title: "Change the unit to 'min' (minutes)", fix: (fixer) => fixer.replaceValue(path, 'min') },
          ],
        });
      },
    };
  },
});
