// The text half of the fix guard: what a value comparison cannot see, comments and a byte-order mark, must survive a
// fix.
import { Lexer } from 'yaml';
import type { TextEdit } from '../types';
import type { ParsedFile } from '../parse/yaml-file';

/** A byte-order mark is not content (the parsed value never shows it): no edit may remove it or write before it. */
export function keepsByteOrderMark(file: ParsedFile, edits: readonly TextEdit[]): boolean {
  if (!file.text.startsWith('\uFEFF')) return true;
  return edits.every(
    (e) =>
      file.offsetAt(e.range.start) > 0 ||
      e.newText.startsWith('\uFEFF') ||
      (e.newText === '' && file.offsetAt(e.range.end) === 0),
  );
}

/** The comments of the text, in order. */
function comments(text: string): string[] {
  const out: string[] = [];
  for (const token of new Lexer().lex(text)) if (token.startsWith('#')) out.push(token.trimEnd());
  return out;
}

/** Every comment of `before` is still in `after`, in the same order (a fix may add comments, never lose one). */
export function keepsComments(before: string, after: string): boolean {
  const old = comments(before);
  if (old.length === 0) return true;
  const now = comments(after);
  let i = 0;
  for (const c of now) if (i < old.length && c === old[i]) i++;
  return i === old.length;
}

/**
 * Every comment in the text an edit replaces is still in its new text, in order. Text outside the edits is kept
 * byte for byte, and an edit that changed how later text reads (a comment turned into content) changes the parsed
 * value, which the value check refuses; so only the replaced text needs looking at, not the whole file.
 */
export function keepsCommentsAt(file: ParsedFile, edits: readonly TextEdit[]): boolean {
  for (const edit of edits) {
    const old = file.text.slice(file.offsetAt(edit.range.start), file.offsetAt(edit.range.end));
    if (!old.includes('#')) continue;
    const lost = commentLike(old);
    let at = 0;
    for (const c of lost) {
      const found = edit.newText.indexOf(c, at);
      if (found === -1) return false;
      at = found + c.length;
    }
  }
  return true;
}

/** Text that reads as a comment: a '#' at a line start or after a space, to the end of its line. */
function commentLike(text: string): string[] {
  return [...text.matchAll(/(?:^|[ \t])(#[^\r\n]*)/gm)].map((m) => m[1].trimEnd());
}
