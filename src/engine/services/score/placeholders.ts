// Values that only hold a place for the real one. The score never counts them: a Data Owner called "TODO-username"
// is no owner, a purpose reading "TBD" says nothing, a support address at example.org reaches nobody.
import { TODO_MARKER } from '../../vocabulary/placeholders';

/** `<owner>`, `<your name here>`. */
const ANGLE = /^<[^<>]*>$/;
/** `${OWNER}`, `{{ owner }}`, `$OWNER`: a value filled in by a template, not yet here. */
const VARIABLE_ONLY = /^(\$\{[^}]*\}|\{\{[^}]*\}\}|\$[A-Z_][A-Z0-9_]*)$/;
/** Addresses at the domains reserved for examples (RFC 2606), which reach nobody. */
const EXAMPLE_DOMAIN = /(^|[@/.])example\.(com|org|net)\b/i;
/** Words people type to fill a space. */
const FILLER =
  /^(x{2,}|\?+|-+|\.{3}|…|unknown|changeme|change[-_ ]me|placeholder|lorem ipsum\b.*|(jane|john)[._ -]?doe)$/i;

/** True when the value is a placeholder rather than a real value; empty text counts as one. */
export function isPlaceholder(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const text = value.trim();
  return (
    text === '' ||
    TODO_MARKER.test(text) ||
    ANGLE.test(text) ||
    VARIABLE_ONLY.test(text) ||
    EXAMPLE_DOMAIN.test(text) ||
    FILLER.test(text)
  );
}

/** True for text that says something: a string that is not empty and not a placeholder. */
export const isRealText = (value: unknown): value is string => typeof value === 'string' && !isPlaceholder(value);

/**
 * The text as it reads once its TODO placeholders are filled in ("TODO-data-owner" → "data-owner"): score steps write
 * placeholders for what only the user knows, and their gain is measured as if the user had filled them in.
 */
export const filledIn = (text: string): string => text.replace(/\bTODO(?: - |-)/g, '');
