// The score as markdown for the side view: the breakdown, what raises each area, and links to the lines concerned.
import type { ScoreStep } from './score-types';
import { SCORE_AREAS, type ContractScore } from './score-types';
import { escapeMarkdown } from '../markdown';

/** A link that opens the contract at a line (VS Code reads `#L12` in file links); 1-based, as editors show it. */
const lineLink = (fileUri: string, step: ScoreStep) => `${fileUri}#L${step.range.start.line + 1}`;

const bar = (score: number) => {
  const filled = Math.round(score / 10);
  return `${'█'.repeat(filled)}${'░'.repeat(10 - filled)}`;
};

const gainText = (s: ScoreStep) =>
  `${s.area} ${s.gain.from} → ${s.gain.to}, overall ${s.gain.overallFrom} → ${s.gain.overallTo}`;

export function renderScoreMarkdown(score: ContractScore, fileUri: string): string {
  const out: string[] = [];
  const problems =
    score.problems === 0 ? 'no problems' : score.problems === 1 ? '1 problem' : `${score.problems} problems`;
  out.push(`# Quality ${score.overall}/100${score.name ? ` — ${escapeMarkdown(score.name)}` : ''}`);
  out.push('', `${problems} · [open the contract](${fileUri})`);
  out.push('', '| area | score | |', '|---|---:|---|');
  for (const area of SCORE_AREAS)
    out.push(`| [${area}](#${area}) | ${score.areas[area].score} | ${bar(score.areas[area].score)} |`);

  if (score.nextSteps.length > 0) {
    out.push('', '## Best next steps', '');
    score.nextSteps.forEach((s, i) =>
      out.push(`${i + 1}. [${escapeMarkdown(s.title)}](${lineLink(fileUri, s)}) — ${gainText(s)}`),
    );
  }
  for (const area of SCORE_AREAS) {
    const a = score.areas[area];
    out.push(
      '',
      `## ${area}`,
      '',
      `**${a.score}/100**${a.problems > 0 ? ` · ${a.problems} problem${a.problems === 1 ? '' : 's'} found by rules` : ''}`,
      '',
    );
    for (const reason of a.reasons) out.push(`- ${escapeMarkdown(reason)}`);
    if (a.nextStep)
      out.push(
        '',
        `**Next:** [${escapeMarkdown(a.nextStep.title)}](${lineLink(fileUri, a.nextStep)}) → ${a.nextStep.gain.to}`,
      );
    else if (a.score < 100) out.push('', '*No single step found that raises this area; see the reasons above.*');
  }
  out.push(
    '',
    '---',
    '',
    'How the score is made: each area counts what the contract has of what that area needs, less the problems lint rules of that area found. Each next step was applied and the contract scored again, so the gains are measured.',
  );
  return out.join('\n');
}
