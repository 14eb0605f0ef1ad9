// Builds the services' context for a document from what the lint already knows (findings of this exact text,
// its configuration) and the folder's catalogue snapshot.
import * as vscode from 'vscode';
import type { CatalogueHost } from './catalogue';
import type { LintResults } from './lint-results';
import type { ServiceContext } from './services-bridge';

export type ContextFor = (document: vscode.TextDocument) => ServiceContext;

export function serviceContexts(results: LintResults, catalogues: CatalogueHost): ContextFor {
  return (document) => {
    const config = results.configOf(document);
    return {
      lint: results.get(document),
      config,
      catalogue: catalogues.snapshotFor(document.uri, config?.catalogueSources),
      relativePath: vscode.workspace.asRelativePath(document.uri, false),
    };
  };
}
