// Writes docs/rules/README.md, the rule index, from the registry. `npm run docs:rules`; a test checks it is current.
import { writeFileSync } from 'node:fs';
import { renderRuleIndex } from './rule-index';

writeFileSync('docs/rules/README.md', renderRuleIndex());
console.log('wrote docs/rules/README.md');
