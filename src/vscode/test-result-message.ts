// How a data test's result reads in the Test Explorer: the message, what was measured, and a few offending rows.
import * as vscode from 'vscode';
import type { TestResult } from '../server/protocol';

/** The test message of a failed or broken check: what was measured and, for a failure, a few offending rows. */
export function resultMarkdown(r: TestResult): vscode.MarkdownString {
  const md = new vscode.MarkdownString();
  md.appendText(r.message);
  if (r.actual !== undefined || r.expected !== undefined) {
    md.appendMarkdown('\n\n');
    md.appendText(
      [r.actual !== undefined ? `Measured: ${r.actual}` : '', r.expected ? `expected: ${r.expected}` : '']
        .filter(Boolean)
        .join(', ') + '.',
    );
  }
  if (r.status === 'failed' && r.sample && r.sample.length > 0) {
    md.appendMarkdown('\n\nSample:\n');
    md.appendCodeblock(
      r.sample
        .slice(0, 5)
        .map((row) => JSON.stringify(row))
        .join('\n'),
      'json',
    );
  }
  return md;
}
