// The one place the server makes its language service: the engine's, over the server's workspace host. The server
// never computes a finding, a fix or a score itself; it converts protocol messages and publishes.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  CodeActionKind,
  createLanguageService,
  docsUrlFor,
  LsCommands,
  type LanguageService,
  type LanguageServiceHost,
  type LsTextDocument,
} from '../engine';

export type ServerService = LanguageService;
export type ServiceDocument = LsTextDocument;

export const FIX_ALL_KIND = CodeActionKind.SourceFixAll;
export const SHOW_RULE_DOCUMENTATION = LsCommands.showRuleDocumentation;
export const SHOW_SCORE = LsCommands.showScore;
export const OPEN_CONVERTED = LsCommands.openConverted;

/**
 * The rule pages shipped beside the server (`docs/rules/` next to `dist/`), so "Show documentation" opens a local
 * page that needs no network; undefined when they are not there (the project's pages are linked instead).
 */
function localRulePages(): string | undefined {
  for (const candidate of [path.resolve(__dirname, '../docs/rules'), path.resolve(__dirname, '../../docs/rules')]) {
    if (existsSync(candidate)) return candidate;
  }
  return undefined;
}

export function createServerService(host: Omit<LanguageServiceHost, 'docsUrl'>): ServerService {
  const pages = localRulePages();
  const docsUrl = pages
    ? (ruleId: string) => {
        const page = path.join(pages, `${ruleId}.md`);
        return existsSync(page) ? pathToFileURL(page).href : undefined;
      }
    : undefined;
  return createLanguageService({
    today: () => host.today(),
    config: (uri) => host.config(uri),
    catalogue: (uri) => host.catalogue(uri),
    relativePath: (uri) => host.relativePath(uri),
    settings: host.settings && ((uri) => host.settings!(uri)),
    lintText: host.lintText && ((text, options) => host.lintText!(text, options)),
    ...(docsUrl ? { docsUrl: (ruleId: string) => docsUrl(ruleId) ?? docsUrlFor(ruleId) } : {}),
  });
}
