// Every command id the extension registers or names, in one place. package.json's `contributes.commands` lists
// the same ids (a test checks both ways); every file under src/vscode/ takes its ids from here.
export const COMMAND_IDS = {
  newContract: 'dclens.newContract',
  lintWorkspace: 'dclens.lintWorkspace',
  fixAll: 'dclens.fixAll',
  formatSql: 'dclens.formatSql',
  showRuleDocumentation: 'dclens.showRuleDocumentation',
  showScore: 'dclens.showScore',
  showOutput: 'dclens.showOutput',
  /** The score view's links: opens a contract with a line selected (arguments: URI string, 1-based line). */
  openAt: 'dclens.openAt',
  openWalkthrough: 'dclens.openWalkthrough',
  chooseTestServer: 'dclens.chooseTestServer',
  setPostgresPassword: 'dclens.setPostgresPassword',
  newContractFromData: 'dclens.newContractFromData',
  /** The data quality report of the workspace in a webview. */
  openReport: 'dclens.openReport',
  /** The diff editor between the contract's base version in git and the working file (argument: URI). */
  compareWithBase: 'dclens.compareWithBase',
  /** "Convert to ODCS": the converted contract in a new unsaved document (arguments: original URI string, text). */
  openConverted: 'dclens.openConverted',
} as const;

export type CommandId = (typeof COMMAND_IDS)[keyof typeof COMMAND_IDS];

/** The commands a hover's links may run (the hover is trusted for these only). */
export const MARKDOWN_COMMAND_IDS = [COMMAND_IDS.showRuleDocumentation, COMMAND_IDS.showScore] as const;

/** Commands of VS Code itself that the extension runs. */
export const VSCODE_COMMANDS = {
  open: 'vscode.open',
  diff: 'vscode.diff',
  markdownPreviewToSide: 'markdown.showPreviewToSide',
  openWalkthrough: 'workbench.action.openWalkthrough',
  revealProblems: 'workbench.actions.view.problems',
  setContext: 'setContext',
  /** The built-in Markdown extension's renderer (markdown-it with VS Code's settings). */
  renderMarkdown: 'markdown.api.render',
} as const;

/** The walkthrough's id as VS Code knows it: `<publisher>.<name>#<walkthrough id>`. */
export const WALKTHROUGH_ID = 'data-contract-lens.data-contract-lens#dclens.gettingStarted';
