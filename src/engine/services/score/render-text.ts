// The score as plain text for a terminal: one table per contract, then the next steps with their measured gains.
import type { ContractScore, ScoreStep } from './score-types';
import { SCORE_AREAS } from './score-types';

const pad = (text: string, width: number) => text + ' '.repeat(Math.max(0, width - text.length));
const padStart = (text: string, width: number) => ' '.repeat(Math.max(0, width - text.length)) + text;

/** 1-based line, as a terminal user reads it. */
const lineOf = (step: ScoreStep) => step.range.start.line + 1;

export function renderScoreText(file: string, scores: readonly ContractScore[]): string {
  const out: string[] = [];
  for (const score of scores) {
    const title = score.name ? `${file} — ${score.name}` : file;
    const problems = score.problems === 1 ? '1 problem' : `${score.problems} problems`;
    out.push(`${title}${scores.length > 1 ? ` (document ${score.documentIndex + 1})` : ''}`);
    out.push(`  Quality ${score.overall}/100 · ${problems}`);
    out.push('');
    out.push(`  ${pad('area', 14)} ${padStart('score', 5)}  next step`);
    for (const area of SCORE_AREAS) {
      const a = score.areas[area];
      const next = a.nextStep
        ? `${a.nextStep.title} (line ${lineOf(a.nextStep)}) → ${a.nextStep.gain.to}`
        : a.score === 100
          ? ''
          : '–';
      out.push(`  ${pad(area, 14)} ${padStart(String(a.score), 5)}  ${next}`);
    }
    if (score.nextSteps.length > 0) {
      out.push('');
      out.push('  Best next steps:');
      score.nextSteps.forEach((step, i) => {
        out.push(
          `    ${i + 1}. ${step.title} (line ${lineOf(step)}): ${step.area} ${step.gain.from} → ${step.gain.to}, overall ${step.gain.overallFrom} → ${step.gain.overallTo}`,
        );
      });
    }
    out.push('');
  }
  return out.join('\n');
}
