// Text that comes from files (names, values, paths) is untrusted: printed raw, an escape sequence in a contract
// could clear a terminal or a CI log and print a fake "No problems". Every text output goes through this first.

/**
 * C0 controls except tab and line feed, DEL, C1 controls, and the Unicode marks that reorder or break lines
 * (bidirectional overrides and isolates, line and paragraph separators).
 */
const UNSAFE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u2028-\u202E\u2066-\u2069]/g;

function visible(char: string): string {
  const code = char.charCodeAt(0);
  return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** Shows every control character as a visible escape (`\x1b`, `\u202e`); tabs and line feeds are kept. */
export function safeForTerminal(text: string): string {
  return text.replace(UNSAFE, visible);
}

/** The same on one line: line feeds and tabs become visible too. */
export function safeOneLine(text: string): string {
  return safeForTerminal(text).replace(/[\t\n]/g, visible);
}
