// The score breakdown as a virtual markdown document (`dclens-score:` scheme), shown in the preview beside the
// contract: each area's score, the reasons, what raises it, and links that jump to the lines concerned.
import * as vscode from 'vscode';
import type { AreaScore, ContractScore, ScoreStep } from '../engine/services';
import { SCORE_AREAS } from '../engine/services';
import type { ScoreCache } from './score-cache';

export const SCORE_SCHEME = 'dclens-score';

const AREA_NAMES: Record<string, string> = {
  completeness: 'Completeness', uniqueness: 'Uniqueness', consistency: 'Consistency', timeliness: 'Timeliness',
  validity: 'Validity', accuracy: 'Accuracy', ownership: 'Ownership', documentation: 'Documentation',
};

export class ScoreViewProvider implements vscode.TextDocumentContentProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;

  constructor(private readonly scores: ScoreCache) {}

  /** The view's URI for a contract: the contract's URI, wrapped, so the view can find it again. */
  static uriFor(contract: vscode.Uri): vscode.Uri {
    const name = contract.path.split('/').pop() ?? 'contract';
    return vscode.Uri.from({ scheme: SCORE_SCHEME, path: `/Quality score - ${name}.md`, query: contract.toString() });
  }

  /** Re-renders the view of this contract if it is open. */
  refresh(contract: vscode.Uri): void {
    this.changed.fire(ScoreViewProvider.uriFor(contract));
  }

  async provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
    const contractUri = vscode.Uri.parse(uri.query);
    const document = await vscode.workspace.openTextDocument(contractUri);
    const scores = this.scores.scores(document, true);
    if (scores.length === 0) return '# Quality score\n\nThis file is not a data contract, or it cannot be read yet.\n';
    return scores.map((s) => renderScore(s, contractUri, scores.length > 1)).join('\n---\n\n');
  }

  dispose(): void {
    this.changed.dispose();
  }
}

const lineLink = (contract: vscode.Uri, line: number): string =>
  `[line ${line + 1}](${contract.with({ fragment: `L${line + 1}` }).toString()})`;

function renderStep(step: ScoreStep, contract: vscode.Uri): string {
  const gain = step.gain.to > step.gain.from ? ` (${AREA_NAMES[step.gain.area]} ${step.gain.from} → ${step.gain.to})` : '';
  return `${step.title}${gain} — ${lineLink(contract, step.range.start.line)}`;
}

export function renderScore(score: ContractScore, contract: vscode.Uri, numbered: boolean): string {
  const title = score.name ? `'${score.name}'` : 'this contract';
  const out: string[] = [];
  out.push(`# Quality score of ${title}: ${score.overall}/100`);
  if (numbered) out.push(`_Document ${score.documentIndex + 1} of the file._`);
  out.push('', `${score.problems} problem${score.problems === 1 ? '' : 's'} found. [Open the contract](${contract.toString()})`, '');
  out.push('| Area | Score | Problems |', '|---|---:|---:|');
  for (const area of SCORE_AREAS) {
    const a = score.areas[area];
    if (a) out.push(`| ${AREA_NAMES[area]} | ${a.score} | ${a.problems} |`);
  }
  if (score.nextSteps.length > 0) {
    out.push('', '## Next best steps', '');
    score.nextSteps.forEach((step, i) => out.push(`${i + 1}. ${renderStep(step, contract)}`));
  }
  for (const area of SCORE_AREAS) {
    const a: AreaScore | undefined = score.areas[area];
    if (!a) continue;
    out.push('', `## ${AREA_NAMES[area]}: ${a.score}`, '');
    for (const reason of a.reasons) out.push(`- ${reason}`);
    if (a.nextStep) out.push('', `**What raises it:** ${renderStep(a.nextStep, contract)}`);
  }
  return out.join('\n') + '\n';
}

/** One line for the CodeLens and the status bar tooltip: overall, then each area. */
export function scoreSummary(score: ContractScore): string {
  const areas = SCORE_AREAS.filter((a) => score.areas[a]).map((a) => `${AREA_NAMES[a].toLowerCase()} ${score.areas[a].score}`);
  return `Quality ${score.overall}/100 · ${areas.join(' · ')}`;
}
