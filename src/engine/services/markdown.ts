// Markdown for hovers and the score view: escaping, and links to the extension's own named commands only.

/** The commands our markdown links to; the extension trusts exactly these (never isTrusted = true). */
export const MARKDOWN_COMMANDS = ['dclens.showRuleDocumentation', 'dclens.showScore'] as const;
export type MarkdownCommand = (typeof MARKDOWN_COMMANDS)[number];

export function commandLink(label: string, command: MarkdownCommand, args: unknown[]): string {
  return `[${escapeMarkdown(label)}](command:${command}?${encodeURIComponent(JSON.stringify(args))})`;
}

/** Escapes characters markdown would read as formatting or links. */
export function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_{}[\]<>#|])/g, '\\$1');
}
