// The data quality report for VS Code (`dclens/report`): the same records and figures as `dclens report`, over the
// files the client found, each linted with its folder's configuration and catalogue as the editor does, and rendered
// to the HTML page of `dclens report --format html`. Untrusted, the defaults apply and no catalogue is read; the
// report only reads the files it was given.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Connection, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { buildReport, contractRecords, type ContractRecord } from '../engine';
import { DCLENS_VERSION } from '../node/version';
import { REPORT, type ReportParams, type ReportResult } from './protocol';
import type { RequestContext } from './requests';
import { filePathOf } from './workspace';

const inside = (folder: string, file: string): boolean => {
  const relative = path.relative(folder, file);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
};

/** The path a reader knows a file by: relative to its workspace folder (the deepest that holds it), forward slashes. */
export function workspacePath(file: string, roots: readonly string[]): string {
  const root = roots.filter((r) => inside(r, file)).sort((a, b) => b.length - a.length)[0];
  const relative = root ? path.relative(root, file) : path.basename(file);
  return relative.split(path.sep).join('/');
}

export function registerReport(
  connection: Connection,
  documents: TextDocuments<TextDocument>,
  context: () => RequestContext | undefined,
  roots: readonly string[],
  today: () => string,
): void {
  connection.onRequest(REPORT, async (params: ReportParams, token): Promise<ReportResult> => {
    const ctx = context();
    if (!ctx) throw new Error('The language server is still starting; try again in a moment.');
    const started = Date.now();
    const day = today();
    const records: ContractRecord[] = [];
    const files: Record<string, string> = {};
    for (const uri of params.uris) {
      if (token.isCancellationRequested) break;
      const file = filePathOf(uri);
      if (!file) continue;
      const open = documents.get(uri);
      const candidate = { uri, text: open?.getText() ?? '', version: open?.version ?? -1 };
      if (!(await ctx.settings(uri)).enable || ctx.workspace.isIgnored(uri)) continue;
      if (!open) {
        try {
          candidate.text = await readFile(file, 'utf8');
        } catch {
          continue;
        }
      }
      if (!ctx.service.isCandidate(candidate)) continue;
      // The catalogue's findings count too, as in the Problems panel: wait for the folder's catalogue.
      await ctx.workspace.whenLoaded(uri);
      const relativePath = workspacePath(file, roots);
      const options = {
        fileName: file,
        config: ctx.workspace.config(uri),
        today: day,
        catalogue: ctx.workspace.catalogue(uri),
        catalogueSubjectPath: ctx.workspace.relativePath(uri),
      };
      // A file the editor or the workspace lint checked already is not linted again.
      const lint = ctx.memo.lintText(candidate.text, options);
      const found = contractRecords(candidate.text, { ...options, relativePath, lint });
      if (found.length > 0) files[relativePath] = uri;
      records.push(...found);
    }
    const report = buildReport(records, { version: DCLENS_VERSION, generated: new Date().toISOString() });
    // The renderer (with its charting library) loads only now, from a bundle of its own.
    const { renderReportHtml } = await import('../report-html');
    const html = renderReportHtml(report);
    connection.console.info(
      `Report of ${records.length} contracts in ${params.uris.length} YAML files rendered in ${Date.now() - started} ms.`,
    );
    return { html, contracts: records.length, files };
  });
}
