// createLanguageService(host): every editor feature over one remembered lint per document, so diagnostics, quick
// fixes, hover, CodeLens, status bar and score view all read the same findings. A new lint (new text, new
// configuration, a catalogue that arrived) replaces the entry; the score is kept on that entry, so it can never
// outlive the findings it was computed from.
import { lintText } from '../lint';
import { looksLikeContract } from '../detect';
import { fixAll as engineFixAll } from '../fix/fix-all';
import { docsUrlFor } from '../rules/define-rule';
import { describePerson, suggestOwners } from '../owners';
import { getCompletions, type OwnerCandidate } from '../services/completion';
import { getHover } from '../services/hover';
import { codeLensTitle } from '../services/code-lens';
import { scoreContracts } from '../services/score/score-contract';
import { newContractSkeleton, newContractVersion } from '../services/new-contract';
import { formatQueries } from '../sql/format-queries';
import type { FileLintResult, Position } from '../types';
import type { ContractScore } from '../services/score/score-types';
import { toDiagnostic } from './diagnostics';
import { fixAllOnePass, quickFixes, wants } from './code-actions';
import { ownerCandidatesFor, withShortOwnerDetails } from './owner-completion';
import { diffEdit, documentStartLines } from './text-lines';
import {
  CodeActionKind,
  LsCommands,
  type LanguageService,
  type LanguageServiceHost,
  type LsCodeAction,
  type LsCodeLens,
  type LsFixAllResult,
  type LsHover,
  type LsLintResult,
  type LsScore,
  type LsTextDocument,
} from './types';

interface Entry {
  text: string;
  version: number;
  lint: LsLintResult;
  scores?: ContractScore[];
  /** Whether `scores` predicts the gain of next steps. */
  withSteps?: boolean;
}

/** The label of the completion item that writes a whole new contract. */
const NEW_CONTRACT_LABEL = 'odcs-contract';

/** The file name part of a URI (or path), decoded, for name-based contract detection. */
function fileNameOf(uri: string): string {
  const path = uri.replace(/^[a-z][\w+.-]*:(\/\/[^/]*)?/i, '').replace(/[?#].*$/, '');
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

export function createLanguageService(host: LanguageServiceHost): LanguageService {
  const entries = new Map<string, Entry>();
  const docsUrl = (ruleId: string) => host.docsUrl?.(ruleId) ?? docsUrlFor(ruleId);
  const settings = (uri: string) => host.settings?.(uri) ?? {};
  const lintOptions = (uri: string) => ({
    fileName: fileNameOf(uri),
    config: host.config(uri),
    catalogue: host.catalogue(uri),
    today: host.today(),
    catalogueSubjectPath: host.relativePath(uri),
  });

  const toResult = (document: LsTextDocument, result: FileLintResult): LsLintResult => {
    const infos = settings(document.uri).infosAsInformation === true;
    return {
      uri: document.uri,
      version: document.version,
      isContract: result.isContract,
      result,
      diagnostics: result.findings.map((f) => toDiagnostic(f, document.uri, docsUrl, infos)),
    };
  };

  const lint = (document: LsTextDocument): LsLintResult => {
    const lint = toResult(document, (host.lintText ?? lintText)(document.text, lintOptions(document.uri)));
    entries.set(document.uri, { text: document.text, version: document.version, lint });
    return lint;
  };

  const entryOf = (document: LsTextDocument): Entry | undefined => {
    const entry = entries.get(document.uri);
    return entry && entry.version === document.version && entry.text === document.text ? entry : undefined;
  };

  /** The entry of this text: the remembered lint (what the diagnostics show), else a lint now. */
  const current = (document: LsTextDocument): Entry => {
    const entry = entryOf(document);
    if (entry) return entry;
    lint(document);
    return entries.get(document.uri)!;
  };

  const isContractText = (document: LsTextDocument): boolean =>
    entryOf(document)?.lint.isContract ?? looksLikeContract(document.text);

  const scoresOf = (document: LsTextDocument, withSteps: boolean): { entry: Entry; scores: ContractScore[] } => {
    const entry = current(document);
    if (!entry.scores || (withSteps && !entry.withSteps)) {
      entry.scores = scoreContracts(document.text, {
        predictSteps: withSteps,
        lint: entry.lint.result,
        ...lintOptions(document.uri),
      });
      entry.withSteps = withSteps;
    }
    return { entry, scores: entry.scores };
  };

  const problemsPer = (result: FileLintResult, scores: ContractScore[]): number[] =>
    scores.map((s) => result.findings.filter((f) => (f.documentIndex ?? 0) === s.documentIndex).length);

  const fixAll = (document: LsTextDocument): LsFixAllResult => {
    if (!isContractText(document)) return { edits: [], applied: 0, text: document.text };
    const options = lintOptions(document.uri);
    const fixed = engineFixAll(document.text, (text) => lintText(text, options));
    return { edits: diffEdit(document.text, fixed.text), applied: fixed.applied, text: fixed.text };
  };

  const service: LanguageService = {
    isCandidate: (document) => looksLikeContract(document.text),

    lint,

    lastLint: (document) => entryOf(document)?.lint,

    codeActions(document, range, context): LsCodeAction[] {
      void range;
      if (!isContractText(document)) return [];
      const actions: LsCodeAction[] = [];
      if (
        context.only &&
        wants(context.only, CodeActionKind.SourceFixAll) &&
        !wants(context.only, CodeActionKind.QuickFix)
      ) {
        const result = fixAll(document);
        if (result.edits.length > 0) {
          actions.push({
            title: 'Fix all safe problems',
            kind: CodeActionKind.SourceFixAll,
            edit: { changes: { [document.uri]: result.edits } },
          });
        }
        return actions;
      }
      const entry = entryOf(document);
      // Quick fixes wait for the lint of this text: findings of an older text would edit the wrong places.
      if (entry && wants(context.only, CodeActionKind.QuickFix))
        actions.push(...quickFixes(document, entry.lint, context, docsUrl));
      if (entry && context.only && wants(context.only, CodeActionKind.SourceFixAll)) {
        const all = fixAllOnePass(document, entry.lint.result.findings);
        if (all) actions.push(all);
      }
      return actions;
    },

    fixAll,

    hover(document, position: Position): LsHover | undefined {
      if (!isContractText(document)) return undefined;
      const entry = current(document);
      const catalogue = host.catalogue(document.uri);
      const relativePath = host.relativePath(document.uri);
      // Editors show a diagnostic's message in the hover already; the services' hover only names its rule.
      const problems = settings(document.uri).problemsInHover === true;
      const lintForHover = problems ? entry.lint.result : { ...entry.lint.result, findings: [] };
      const hover = getHover(document.text, position, {
        lint: lintForHover,
        config: host.config(document.uri),
        catalogue,
        today: host.today(),
        describePerson: catalogue ? (id) => describePerson(catalogue, id, { excludePath: relativePath }) : undefined,
      });
      return hover && { contents: { kind: 'markdown', value: hover.markdown }, range: hover.range };
    },

    completion(document, position) {
      const empty = document.text.trim() === '';
      if (!empty && !isContractText(document)) return [];
      const config = host.config(document.uri);
      const catalogue = host.catalogue(document.uri);
      const ownerIds = new Set<string>();
      const owners = catalogue
        ? ownerCandidatesFor(catalogue, document.text, host.relativePath(document.uri))
        : undefined;
      const items = getCompletions(document.text, position, {
        classifications: config?.settings.classifications,
        odcsVersion: newContractVersion(config?.settings, settings(document.uri).newContractOdcsVersion),
        ownerCandidates:
          owners &&
          ((role, field): OwnerCandidate[] => {
            const found = owners(role, field);
            for (const c of found) ownerIds.add(c.id);
            return found;
          }),
      });
      // An empty YAML file is offered only a whole new contract, nothing else.
      if (empty) return items.filter((i) => i.label === NEW_CONTRACT_LABEL);
      return withShortOwnerDetails(items, ownerIds);
    },

    codeLenses(document): LsCodeLens[] {
      if (!isContractText(document)) return [];
      const { entry, scores } = scoresOf(document, false);
      if (!entry.lint.isContract) return [];
      const starts = documentStartLines(document.text);
      const problems = problemsPer(entry.lint.result, scores);
      return scores.map((score, i) => {
        const line = starts[score.documentIndex] ?? 0;
        const title = codeLensTitle(score, problems[i]);
        return {
          range: { start: { line, character: 0 }, end: { line, character: 0 } },
          command: {
            title,
            command: LsCommands.showScore,
            arguments: [document.uri, { documentIndex: score.documentIndex }],
          },
        };
      });
    },

    score(document, options = {}): LsScore {
      const { entry, scores } = scoresOf(document, options.steps === true);
      return {
        uri: document.uri,
        version: entry.version,
        contracts: scores,
        problems: problemsPer(entry.lint.result, scores),
      };
    },

    ownerCandidates(uri, query) {
      const catalogue = host.catalogue(uri);
      if (!catalogue) return [];
      return suggestOwners(
        catalogue,
        { path: query.relativePath, value: { kind: 'DataContract', domain: query.domain } },
        query.role ?? 'Data Owner',
        { top: query.top ?? 5 },
      );
    },

    formatSql: (document) => formatQueries(document.text),

    newContract(uri, input) {
      return newContractSkeleton(
        input,
        newContractVersion(host.config(uri)?.settings, settings(uri).newContractOdcsVersion),
      );
    },

    forget(uri) {
      entries.delete(uri);
    },
  };
  return Object.freeze(service);
}
