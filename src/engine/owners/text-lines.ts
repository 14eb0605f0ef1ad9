// Line numbers for warnings, from offsets or parser messages.

/** 1-based line of a 0-based character offset. */
export function lineOfOffset(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** The line a `JSON.parse` error points at (Node reports a position or a line/column). */
export function lineOfJsonError(text: string, error: unknown): number {
  const message = error instanceof Error ? error.message : String(error);
  const lineMatch = /line (\d+)/.exec(message);
  if (lineMatch) return Number(lineMatch[1]);
  const posMatch = /position (\d+)/.exec(message);
  if (posMatch) return lineOfOffset(text, Number(posMatch[1]));
  return 1;
}

export function shortJsonError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/\s*in JSON at position \d+.*$/, '').replace(/\s*\(line \d+ column \d+\)$/, '');
}
