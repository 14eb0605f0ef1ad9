// Writes src/engine/rules/index.ts, the rule registry, from the rule files. `npm run gen:rules` after adding a rule;
// a test fails while the registry is stale.
import { writeFileSync } from 'node:fs';
import { REGISTRY_FILE, renderRuleRegistry } from './rule-registry';

writeFileSync(REGISTRY_FILE, renderRuleRegistry());
console.log(`wrote ${REGISTRY_FILE}`);
