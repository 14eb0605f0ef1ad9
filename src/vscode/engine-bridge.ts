// The extension's one language service: the engine's createLanguageService over a host made of the Node host's
// configuration and catalogue (through ConfigLoader and CatalogueHost), the user's settings and the rule pages
// shipped with the extension. Every provider calls it; none calls the engine's lint or services directly.
import * as vscode from 'vscode';
import {
  allRules,
  createLanguageService,
  looksLikeContract,
  PROFILE_NAMES,
  resolveConfig,
  type ConfigFile,
  type LsLintResult,
  type LanguageService,
  type LsTextDocument,
  type ProfileName,
  type ResolvedConfig,
} from '../engine';
import { today as hostToday } from '../node/host';
import type { CatalogueHost } from './catalogue';
import type { ConfigLoader } from './config-loader';
import { readSettings, type DclensSettings } from './settings';

/** Text-level check that costs almost nothing: only YAML that looks like a contract is ever parsed. */
export function isCandidate(document: vscode.TextDocument): boolean {
  return document.languageId === 'yaml' && looksLikeContract(document.getText());
}

/** Today's date as the engine expects it (the engine itself never reads the clock). */
export function today(): string {
  try {
    return hostToday();
  } catch {
    return new Date().toISOString().slice(0, 10);
  }
}

/** The configuration of `.dclens.yaml` with the user's editor settings on top. */
export function resolvedConfig(settings: DclensSettings, file: ConfigFile | undefined): ResolvedConfig {
  const profile = (PROFILE_NAMES as readonly string[]).includes(settings.profile)
    ? (settings.profile as ProfileName)
    : undefined;
  // With Red Hat YAML validating the same file against the ODCS schema, the user can leave schema problems
  // to it, so each one is shown once.
  const schemaOff =
    settings.schemaProblems === 'yamlExtension'
      ? Object.fromEntries(allRules.filter((r) => r.meta.group === 'schema').map((r) => [r.meta.id, 'off' as const]))
      : {};
  return resolveConfig(file, { profile, levels: { ...schemaOff, ...settings.rules } });
}

/** The language service document of an editor document. */
export function lsDocument(document: vscode.TextDocument): LsTextDocument {
  return { uri: document.uri.toString(), text: document.getText(), version: document.version };
}

/** The extension's language service and the few conversions around it. */
export class EditorLanguageService {
  readonly service: LanguageService;

  constructor(
    private readonly configs: ConfigLoader,
    private readonly catalogues: CatalogueHost,
    extensionUri: vscode.Uri,
  ) {
    const uriOf = (uri: string) => vscode.Uri.parse(uri);
    this.service = createLanguageService({
      today,
      config: (uri) => this.configFor(uriOf(uri)),
      catalogue: (uri) => this.catalogues.snapshotFor(uriOf(uri)),
      relativePath: (uri) =>
        this.catalogues.relativePath(uriOf(uri)) ?? vscode.workspace.asRelativePath(uriOf(uri), false),
      settings: (uri) => {
        const settings = readSettings(uriOf(uri));
        // VS Code shows the diagnostic above the hover: the hover only names its rule, with the link to its page.
        return {
          infosAsInformation: settings.infosAsInformation,
          newContractOdcsVersion: settings.newContractOdcsVersion,
          problemsInHover: true,
        };
      },
      // One documentation page per rule: the copy shipped in the extension, opened without a network.
      docsUrl: (ruleId) => vscode.Uri.joinPath(extensionUri, 'docs', 'rules', `${ruleId}.md`).toString(),
    });
  }

  /** The configuration a document is linted with: `.dclens.yaml` (none in Restricted Mode) and the user's settings. */
  configFor(uri: vscode.Uri): ResolvedConfig {
    return resolvedConfig(readSettings(uri), this.configs.contextFor(uri)?.loaded.config);
  }

  /** Lints a text that is not open in an editor (workspace lint), as the editor would, and keeps nothing. */
  lintClosed(uri: vscode.Uri, text: string): LsLintResult {
    const lint = this.service.lint({ uri: uri.toString(), text, version: -1 });
    this.service.forget(uri.toString());
    return lint;
  }
}
