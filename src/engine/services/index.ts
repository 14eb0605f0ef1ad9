// Editor and CLI services on top of the engine: score, guidance, hover, completion, CodeLens, new contracts.
export { pathAtPosition, type CursorPath } from './path-at-position';
export { scoreContract, scoreContracts, describeStep, PENALTY } from './score/score-contract';
export { renderScoreText } from './score/render-text';
export {
  SCORE_AREAS,
  type AreaScore,
  type ContractScore,
  type ScoreGain,
  type ScoreOptions,
  type ScoreStep,
  type StepPlan,
} from './score/score-types';
export { guidanceAt, guidanceForPath, type Guidance, type RuleLink } from './guidance';
export { getHover, renderGuidance, type Hover, type HoverOptions } from './hover';
export { MARKDOWN_COMMANDS, commandLink, escapeMarkdown, type MarkdownCommand } from './markdown';
export {
  getCompletions,
  CompletionItemKind,
  InsertTextFormat,
  type CompletionItem,
  type CompletionOptions,
  type OwnerCandidate,
} from './completion';
export { getCodeLenses, codeLensTitle, type CodeLens, type CodeLensOptions } from './code-lens';
export { renderScoreMarkdown } from './score/render-markdown';
export { newContractSkeleton, newContractSnippet, newContractVersion, type NewContractInput } from './new-contract';
