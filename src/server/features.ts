// The request handlers: hover, completion, code actions, code lenses, formatting and the one command the server
// runs. Each answers from the service for the document's current text; a cancelled request returns nothing, and
// an engine failure is logged and answered with nothing rather than ending the server.
import {
  MessageType,
  ShowMessageNotification,
  type CancellationToken,
  type CompletionItem,
  type Connection,
  type TextDocuments,
} from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { serviceDocument } from './diagnostics';
import { COMPARE_WITH_BASE, type DiffDiagnostics } from './diff-diagnostics';
import {
  OPEN_CONVERTED,
  SHOW_RULE_DOCUMENTATION,
  SHOW_SCORE,
  type ServerService,
  type ServiceDocument,
} from './service';
import type { ServerSettings } from './settings';
import type { ServerWorkspace } from './workspace';

interface FeatureContext {
  settings: (uri: string) => Promise<ServerSettings>;
  workspace: ServerWorkspace;
  /** The last data test results of the rule (or key) at a line, as hover markdown. */
  testNote?: (uri: string, line: number) => string | undefined;
  /** The changes since the base version in git: the version CodeLens and the version bump. */
  diff?: Pick<DiffDiagnostics, 'codeLenses' | 'codeActions'>;
}

export function registerFeatures(
  connection: Connection,
  documents: TextDocuments<TextDocument>,
  service: ServerService,
  context: FeatureContext,
): void {
  /** The document to answer for, or undefined: closed, switched off, not a contract, or the request was cancelled. */
  const target = async (
    uri: string,
    token: CancellationToken,
    allowEmpty = false,
  ): Promise<ServiceDocument | undefined> => {
    const settings = await context.settings(uri);
    const document = documents.get(uri);
    if (!document || token.isCancellationRequested || !settings.enable) return undefined;
    const text = serviceDocument(document);
    const empty = allowEmpty && text.text.trim() === '';
    return empty || service.isCandidate(text) ? text : undefined;
  };

  const guarded = <T>(feature: string, answer: () => T, fallback: T): T => {
    try {
      return answer();
    } catch (error) {
      connection.console.error(
        `${feature} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
      );
      return fallback;
    }
  };

  connection.onHover(async (params, token) => {
    const document = await target(params.textDocument.uri, token);
    if (!document) return null;
    const hover = guarded('Hover', () => service.hover(document, params.position) ?? null, null);
    const note = context.testNote?.(document.uri, params.position.line);
    if (!note) return hover;
    if (!hover) return { contents: { kind: 'markdown' as const, value: note } };
    return { ...hover, contents: { kind: 'markdown' as const, value: `${hover.contents.value}\n\n---\n\n${note}` } };
  });

  connection.onCompletion(async (params, token) => {
    // In an empty YAML file completion offers a whole contract to start from.
    const document = await target(params.textDocument.uri, token, true);
    if (!document) return null;
    return guarded('Completion', () => service.completion(document, params.position) as CompletionItem[], []);
  });

  connection.onCodeAction(async (params, token) => {
    const document = await target(params.textDocument.uri, token);
    if (!document) return null;
    const only = params.context.only;
    const actions = guarded(
      'Code actions',
      () =>
        service.codeActions(document, params.range, {
          diagnostics: params.context.diagnostics.filter((d) => d.source === undefined || d.source === 'dclens'),
          only,
        }),
      [],
    );
    const open = documents.get(document.uri);
    // The version bump is a quick fix the user picks, never part of a source action such as fix-all on save.
    if (!context.diff || !open || (only && !only.some((kind) => kind === 'quickfix'))) return actions;
    return [
      ...actions,
      ...guarded('Version bump', () => context.diff!.codeActions(open, params.range, params.context.diagnostics), []),
    ];
  });

  connection.onCodeLens(async (params, token) => {
    const document = await target(params.textDocument.uri, token);
    if (!document || context.workspace.isIgnored(document.uri)) return null;
    const open = documents.get(document.uri);
    // The version verdict shows whenever its own setting is on; the score follows codeLens.enable.
    const verdict = context.diff && open ? guarded('Version lens', () => context.diff!.codeLenses(open), []) : [];
    if (!(await context.settings(document.uri)).codeLensEnable) return verdict.length > 0 ? verdict : null;
    return [...guarded('Code lens', () => service.codeLenses(document), []), ...verdict];
  });

  connection.onDocumentFormatting(async (params, token) => {
    const document = await target(params.textDocument.uri, token);
    if (!document) return null;
    return guarded('Formatting', () => service.formatSql(document), []);
  });

  connection.onExecuteCommand(async (params, token) => {
    if (params.command === SHOW_SCORE) return showScore(params.arguments ?? [], token);
    if (params.command === COMPARE_WITH_BASE) {
      // The version lens of an editor without the VS Code client (which opens its diff editor instead).
      const [uri] = params.arguments ?? [];
      const name = typeof uri === 'string' ? decodeURIComponent(uri.split('/').pop() ?? '') : 'CONTRACT';
      void connection.sendNotification(ShowMessageNotification.type, {
        type: MessageType.Info,
        message: `To see every change since the base and whom it breaks, run: dclens diff ${name}`,
      });
      return null;
    }
    if (params.command === OPEN_CONVERTED) {
      // An editor without the VS Code client cannot open an unsaved document: say how to write the conversion.
      const [uri] = params.arguments ?? [];
      const name = typeof uri === 'string' ? decodeURIComponent(uri.split('/').pop() ?? '') : 'CONTRACT';
      void connection.sendNotification(ShowMessageNotification.type, {
        type: MessageType.Info,
        message: `To convert ${name} to ODCS, run: dclens migrate ${name} --output NEW.odcs.yaml`,
      });
      return null;
    }
    if (params.command !== SHOW_RULE_DOCUMENTATION) return null;
    const [ruleId, docsUrl] = params.arguments ?? [];
    if (typeof docsUrl !== 'string') return null;
    const shown = await connection.window
      .showDocument({ uri: docsUrl, external: !docsUrl.startsWith('file:') })
      .catch(() => ({ success: false }));
    if (!shown.success) connection.console.info(`Documentation of ${String(ruleId)}: ${docsUrl}`);
    return null;
  });

  /** The score of each contract of a file, one message per contract: overall and each area, weakest first. */
  const showScore = async (args: unknown[], token: CancellationToken): Promise<null> => {
    const [uri, where] = args;
    if (typeof uri !== 'string') return null;
    const document = await target(uri, token);
    if (!document) return null;
    const index =
      typeof where === 'object' && where !== null ? (where as { documentIndex?: unknown }).documentIndex : undefined;
    const scores = guarded('Score', () => service.score(document).contracts, []);
    for (const score of scores.filter((s) => index === undefined || s.documentIndex === index)) {
      const areas = Object.values(score.areas)
        .sort((a, b) => a.score - b.score)
        .map((a) => `${a.area} ${a.score}`)
        .join(', ');
      const name = score.name ? `'${score.name}'` : 'This contract';
      void connection.sendNotification(ShowMessageNotification.type, {
        type: MessageType.Info,
        message: `${name}: quality ${score.overall}/100 (${areas}). Run dclens score for the next steps.`,
      });
    }
    return null;
  };
}
