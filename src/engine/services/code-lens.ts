// The CodeLens on the first line of each contract: the overall score, the weakest areas and the problem count.
import type { FileLintResult, Range } from '../types';
import type { LintOptions } from '../lint';
import { parseYamlFile } from '../parse/yaml-file';
import { scoreContracts } from './score/score-contract';
import type { ContractScore } from './score/score-types';
import { SCORE_AREAS } from './score/score-types';

export interface CodeLens {
  range: Range;
  title: string;
  command: { title: string; command: 'dclens.showScore'; arguments: [{ documentIndex: number }] };
}

export interface CodeLensOptions {
  /** Lint result of the same text, for a problem count that matches the diagnostics shown. */
  lint?: FileLintResult;
  today?: string;
  config?: LintOptions['config'];
  catalogue?: unknown;
  /** How many of the weakest areas to name (default 4). */
  areas?: number;
}

export function getCodeLenses(text: string, options: CodeLensOptions = {}): CodeLens[] {
  const scores = scoreContracts(text, {
    predictSteps: false,
    lint: options.lint,
    today: options.today,
    config: options.config,
    catalogue: options.catalogue,
  });
  if (scores.length === 0) return [];
  const file = parseYamlFile(text);
  return scores.map((score): CodeLens => {
    const doc = file.documents[score.documentIndex]?.doc;
    const line = file.positionAt(doc?.contents?.range?.[0] ?? doc?.range?.[0] ?? 0).line;
    const problems = options.lint
      ? options.lint.findings.filter((f) => (f.documentIndex ?? 0) === score.documentIndex).length
      : score.problems;
    const title = codeLensTitle(score, problems, options.areas ?? 4);
    return {
      range: { start: { line, character: 0 }, end: { line, character: 0 } },
      title,
      command: { title, command: 'dclens.showScore', arguments: [{ documentIndex: score.documentIndex }] },
    };
  });
}

/** "Quality 72/100 · timeliness 0 · uniqueness 40 · … · 3 problems": the weakest areas first. */
export function codeLensTitle(score: ContractScore, problems: number, areas = 4): string {
  const weak = SCORE_AREAS.map((a) => score.areas[a])
    .filter((a) => a.score < 100)
    .sort((a, b) => a.score - b.score);
  const shown = weak.slice(0, areas).map((a) => `${a.area} ${a.score}`);
  if (weak.length > areas) shown.push('…');
  const problemText = problems === 0 ? 'no problems' : problems === 1 ? '1 problem' : `${problems} problems`;
  return [`Quality ${score.overall}/100`, ...shown, problemText].join(' · ');
}
