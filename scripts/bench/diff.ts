// Changes since the base while editing: `node --import tsx scripts/bench/diff.ts`.
// With dclens.diff.showBreakingChanges on, the language server compares the contract with its base version after
// each pause in typing, beside the lint of the same text. The comparison should cost no more than twice the lint,
// measured side by side on the same texts: a small contract, and the 5,330-line AdventureWorks example. The editor
// compares with the same base again and again, which is read once; the first comparison with a base reads it too.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { diffContracts, lintText } from '../../src/engine';
import { compare, ms, printSummary, ratio, REPO, table } from './_measure';

const read = (file: string) => readFileSync(path.join(REPO, file), 'utf8');
const cases: Array<[string, string]> = [
  ['offender-assessments (small)', read('examples/contracts/probation/offender-assessments.odcs.yaml')],
  [
    'adventureworks (5,330 lines)',
    read('test/fixtures/odcs/v3.2.0/examples/all__postgresql-adventureworks-contract.odcs.yaml'),
  ],
];

const rows: Array<Array<string | number>> = [];
const summary: Record<string, { lintMs: number; diffMs: number; ratio: number; firstMs: number; firstRatio: number }> =
  {};
for (const [name, base] of cases) {
  // An edit as the editor sees one: a property's type changed, so there is one change to find.
  const edited = base.replace(/logicalType: "?string"?/, 'logicalType: integer');
  const changes = diffContracts(base, edited).changes.length;
  if (changes !== 1) throw new Error(`${name}: expected one change, found ${changes}`);
  let fresh = 0;
  const r = compare(
    {
      lint: () => lintText(edited, { fileName: 'c.odcs.yaml', today: '2026-06-01' }),
      diff: () => diffContracts(base, edited),
      // A base never seen before (a comment line makes each one new): the first comparison after a save or checkout.
      first: () => diffContracts(`${base}\n# ${fresh++}\n`, edited),
    },
    { samples: 5 },
  );
  const lines = base.split('\n').length;
  rows.push([name, lines, ms(r.lint), ms(r.diff), ratio(r.diff, r.lint), ms(r.first), ratio(r.first, r.lint)]);
  summary[name] = {
    lintMs: Number(ms(r.lint)),
    diffMs: Number(ms(r.diff)),
    ratio: Number((r.diff / r.lint).toFixed(2)),
    firstMs: Number(ms(r.first)),
    firstRatio: Number((r.first / r.lint).toFixed(2)),
  };
}
console.log('Comparison with the base beside the lint of the same text (median CPU ms per call)');
console.log(
  table(['contract', 'lines', 'lintText', 'diffContracts', 'diff / lint', 'first diff', 'first / lint'], rows),
);
const worst = Math.max(...Object.values(summary).map((s) => s.ratio));
console.log(
  `\nTarget: while editing, the comparison costs at most 2× the lint. Worst: ${worst.toFixed(2)}× — ${worst <= 2 ? 'met' : 'NOT met'}.`,
);
printSummary({ module: 'diff', cases: summary, worstRatio: worst, targetRatio: 2 });
