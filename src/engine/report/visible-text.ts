// Text from a contract may hold characters that act instead of showing: escape sequences that rewrite a terminal or
// CI log, bidirectional overrides that make a name read differently from what it is. The report's formats show
// them as visible escapes instead (the same set the terminal output escapes).

/**
 * C0 controls except tab, line feed and carriage return, DEL, C1 controls, and the marks that reorder or break
 * lines (bidirectional overrides and isolates, line and paragraph separators).
 */
const ACTING = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u061C\u200E\u200F\u2028-\u202E\u2066-\u2069]/g;

/** `\x1b`, `\u202e`: what a reader sees in place of each such character. */
export function visibleText(text: string): string {
  return text.replace(ACTING, (char) => {
    const code = char.charCodeAt(0);
    return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

/** JSON text with such characters written as \u escapes: the same data, safe to print. */
export function jsonVisible(json: string): string {
  return json.replace(ACTING, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
