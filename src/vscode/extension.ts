// Entry point: wires the engine into VS Code. Every provider and listener is disposed with the extension.
import * as vscode from 'vscode';
import { ContractCodeActions } from './code-actions';
import { registerCommands } from './commands';
import { ConfigLoader } from './config-loader';
import { DIAGNOSTIC_SOURCE } from './convert';
import { DiagnosticsController } from './diagnostics';
import { LintResults } from './lint-results';
import { announceRestrictedMode } from './trust';

const YAML: vscode.DocumentSelector = [{ language: 'yaml' }];

/** What activate() returns: enough for the extension's own tests to see which documents it treats as contracts. */
export interface DclensApi {
  contractUris(): string[];
}

export function activate(context: vscode.ExtensionContext): DclensApi {
  const collection = vscode.languages.createDiagnosticCollection(DIAGNOSTIC_SOURCE);
  const results = new LintResults();
  const configs = new ConfigLoader(collection);
  const diagnostics = new DiagnosticsController(collection, results, configs);
  context.subscriptions.push(collection, results, configs, diagnostics);
  context.subscriptions.push(
    vscode.languages.registerCodeActionsProvider(YAML, new ContractCodeActions(results), ContractCodeActions.metadata),
    ...registerCommands({ context, collection, results, diagnostics, configs }),
    vscode.workspace.onDidGrantWorkspaceTrust(() => diagnostics.lintAllOpen()),
  );
  announceRestrictedMode(context);
  return { contractUris: () => results.uris() };
}

export function deactivate(): void {}
