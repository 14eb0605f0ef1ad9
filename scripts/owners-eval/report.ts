// The evaluation as text: one table per corpus, the baselines beside the suggester, and the reliability table.
import type { CorpusResult, Tally } from './evaluate';

const pct = (n: number, d: number): string => (d === 0 ? '    -' : `${((100 * n) / d).toFixed(1)}%`.padStart(6));

function cells(t: Tally): string {
  return `${pct(t.answered, t.cases)}  ${pct(t.top1, t.answered)} ${pct(t.top3, t.answered)}  ${pct(t.top1, t.cases)} ${pct(t.top3, t.cases)}`;
}

export function formatCorpus(r: CorpusResult): string[] {
  const lines = [`${r.name}: ${r.description} — ${r.contracts} contracts (${r.seconds.toFixed(1)} s)`];
  lines.push(
    '  role            method            cases  coverage | top-1  top-3 (answered) | top-1  top-3 (all) | ceiling',
  );
  for (const role of r.roles) {
    const rows: [string, Tally][] = [
      ['suggester', role.suggester],
      ['cascade baseline', role.cascade],
      ['domain majority', role.domainMajority],
    ];
    rows.forEach(([name, t], i) => {
      const [cov, a1, a3, l1, l3] = cells(t).trim().split(/\s+/);
      lines.push(
        `  ${(i === 0 ? role.role : '').padEnd(15)} ${name.padEnd(17)} ${String(t.cases).padStart(5)}  ${cov.padStart(8)} | ${a1.padStart(6)} ${a3.padStart(6)}            | ${l1.padStart(6)} ${l3.padStart(6)}       | ${i === 0 ? pct(role.ceiling, role.cases) : ''}`,
      );
    });
    const alone = role.ownerModelAlone;
    if (!alone) lines.push(reliabilityLine('reliability (top score: cases, first right)', role));
    else {
      lines.push(
        reliabilityLine('reliability, owner model alone', alone),
        reliabilityLine('reliability as shown', role),
      );
      const dropped = alone.suggester.answered - role.suggester.answered;
      if (dropped !== 0)
        lines.push(
          `  ${''.padEnd(15)} ${dropped} case${dropped === 1 ? '' : 's'} no longer suggested: the confidence model puts the best candidate under the bar`,
        );
    }
  }
  return lines;
}

function reliabilityLine(
  label: string,
  r: { reliability: readonly { band: string; count: number; right: number }[]; ece: number },
): string {
  return `  ${''.padEnd(15)} ${`${label}:`.padEnd(31)} ${r.reliability.map((b) => `${b.band} ${b.count}${b.count ? ` ${pct(b.right, b.count).trim()}` : ''}`).join(' | ')}; ECE ${r.ece.toFixed(3)}`;
}

export const LEGEND = [
  'coverage: share of cases with a suggestion; top-1/top-3 (answered): right among those; (all): right over all cases',
  '(no suggestion is a miss). ceiling: share of cases where a right answer owns something else in the corpus.',
  "reliability: cases by the suggester's top score (abstentions included) and how often its first candidate was right,",
  'for the owner model alone and as shown (after the confidence model, the probability suggestOwners shows: cases,',
  'first right); ECE: expected calibration error of that score (ten equal-width bins, weighted by cases; 0 is perfect).',
];
