// Finds SQL that no dialect of the contract's servers can read.
import type { SqlLanguage } from 'sql-formatter';
import { format, isUnavailable } from './formatter';
import { protectPlaceholders } from './placeholders';

export interface SqlProblem {
  /** 0-based line and character in the SQL text. */
  line: number;
  character: number;
  /** What the parser did not expect, in plain words. */
  message: string;
}

/** The parse problem of `sql`, or undefined when at least one of the dialects reads it. */
export function findSqlProblem(sql: string, dialects: readonly SqlLanguage[]): SqlProblem | undefined {
  const { sql: parsable } = protectPlaceholders(sql);
  let first: SqlProblem | undefined;
  for (const language of dialects) {
    try {
      format(parsable, { language });
      return undefined;
    } catch (error) {
      if (isUnavailable(error)) throw error; // a broken install must not pass every query as readable
      first ??= toProblem(error, sql);
    }
  }
  return first;
}

function toProblem(error: unknown, sql: string): SqlProblem | undefined {
  const text = error instanceof Error ? error.message : String(error);
  const position = /at line (\d+) column (\d+)/.exec(text);
  if (!/parse error/i.test(text) || !position) return undefined; // not a syntax error: say nothing
  const line = Math.max(0, Number(position[1]) - 1);
  const character = Math.max(0, Number(position[2]) - 1);
  const unexpected = /Unexpected "([^\n]*?)"(?: at line)/.exec(text)?.[1];
  const token = /at token: (\S+)/.exec(text)?.[1];
  let message: string;
  if (token === '«EOF»') message = 'the query ends too early (an unclosed bracket or an unfinished clause?)';
  else if (unexpected !== undefined) message = `unexpected text "${firstWord(unexpected, sql, line, character)}"`;
  else if (token !== undefined) message = `unexpected "${token}"`;
  else message = 'the query cannot be read';
  return { line, character, message };
}

/** The word the parser stopped at, taken from the original SQL (so placeholders read as written). */
function firstWord(fallback: string, sql: string, line: number, character: number): string {
  const lineText = sql.split('\n')[line] ?? '';
  const word = /^\S+/.exec(lineText.slice(character))?.[0];
  return word ?? fallback.trim();
}
