// Regular expressions from contracts and configuration are untrusted input: a pattern such as `^(a+)+$` makes a
// backtracking engine (JavaScript's RegExp) take exponential time on a short value. Patterns written as ECMA-262
// expressions are therefore run through RE2 (re2js, pure JavaScript), whose time is linear in the length of the
// value. What RE2 cannot express (backreferences, lookaround) is reported as not checked, never as invalid.
import { RE2JS } from 're2js';

export type BoundedPattern =
  /** Runs in time linear in the length of the text; same answer as `RegExp.prototype.test`. */
  | { readonly status: 'ok'; test(text: string): boolean }
  /** Not a valid ECMA-262 regular expression; `reason` is the JavaScript engine's. */
  | { readonly status: 'invalid'; readonly reason: string }
  /** Valid, but uses a construct that cannot run in linear time (`construct` names it for a message). */
  | { readonly status: 'unchecked'; readonly construct: string };

export interface PatternFlags {
  /** Unicode mode (`u`), as JSON Schema validators use for `pattern`. */
  readonly unicode?: boolean;
}

// JavaScript's \s, which RE2 reads as ASCII whitespace only.
const JS_SPACE =
  '\\t\\n\\v\\f\\r \\x{a0}\\x{1680}\\x{2000}-\\x{200a}\\x{2028}\\x{2029}\\x{202f}\\x{205f}\\x{3000}\\x{feff}';
// JavaScript's `.` (without the s flag) stops at every line terminator, RE2's only at \n.
const JS_DOT = '[^\\n\\r\\x{2028}\\x{2029}]';

function constructOf(source: string): string {
  if (/\\[1-9]|\\k</.test(source)) return 'a backreference';
  if (/\(\?<[=!]/.test(source)) return 'a lookbehind';
  if (/\(\?[=!]/.test(source)) return 'a lookahead';
  return 'a construct that cannot be checked in linear time';
}

// Escapes of letters JavaScript gives a meaning to; without the u flag any other escaped letter is the letter itself
// (`\a` is 'a', `\p` is 'p'), where RE2 reads `\a`, `\z`, `\pL`, `\Q` … as special.
const JS_LETTER_ESCAPES = new Set([...'dDwWsSbBnrtvfxuck']);

/** The ECMA-262 pattern in RE2 syntax with JavaScript's meaning, or undefined when a construct has no translation. */
function toRe2(source: string, unicode: boolean): string | undefined {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      const next = source[i + 1] ?? '';
      const hex4 = /^[0-9A-Fa-f]{4}/.exec(source.slice(i + 2, i + 6));
      const braced = /^\{([0-9A-Fa-f]+)\}/.exec(source.slice(i + 2));
      if (
        !unicode &&
        /[A-Za-z]/.test(next) &&
        (!JS_LETTER_ESCAPES.has(next) ||
          (next === 'u' && !hex4) ||
          (next === 'x' && !/^[0-9A-Fa-f]{2}/.test(source.slice(i + 2))))
      ) {
        out += next; // an identity escape: the letter itself
        i += 1;
      } else if (unicode && next === 'u' && braced) {
        out += `\\x{${braced[1]}}`;
        i += 1 + braced[0].length;
      } else if (next === 'u' && hex4) {
        out += `\\x{${hex4[0]}}`;
        i += 5;
      } else if (next === 's') {
        out += inClass ? JS_SPACE : `[${JS_SPACE}]`;
        i += 1;
      } else if (next === 'S' && !inClass) {
        out += `[^${JS_SPACE}]`;
        i += 1;
      } else if (next === 'c' || next === '0' || (next === 'b' && inClass)) {
        return undefined; // control letters, NUL and [\b] are written differently in RE2
      } else {
        out += c + next;
        i += 1;
      }
    } else if (inClass) {
      if (c === ']') inClass = false;
      out += c;
    } else if (c === '[') {
      // `[]` and `[^]` mean "nothing" and "anything" in JavaScript; RE2 reads a leading `]` as a member.
      const first = source[i + 1] === '^' ? i + 2 : i + 1;
      if (source[first] === ']') return undefined;
      inClass = true;
      out += source.slice(i, first);
      i = first - 1;
    } else if (c === '.') out += JS_DOT;
    else out += c;
  }
  return out;
}

const cache = new Map<string, BoundedPattern>();
const CACHE_SIZE = 256;

/** Compiles an ECMA-262 pattern for linear-time matching (see the file comment). */
export function boundedPattern(source: string, flags: PatternFlags = {}): BoundedPattern {
  const key = `${flags.unicode ? 'u' : ''}/${source}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const result = compile(source, flags);
  if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value as string);
  cache.set(key, result);
  return result;
}

function compile(source: string, flags: PatternFlags): BoundedPattern {
  try {
    // Compiling does not run the pattern: it is linear in its length and safe on any input.
    new RegExp(source, flags.unicode ? 'u' : '');
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { status: 'invalid', reason: message.replace(/^Invalid regular expression: \/.*\/[a-z]*: /s, '') };
  }
  const translated = toRe2(source, flags.unicode === true);
  if (translated === undefined)
    return { status: 'unchecked', construct: 'a construct that cannot be checked in linear time' };
  let re: RE2JS;
  try {
    re = RE2JS.compile(translated);
  } catch {
    return { status: 'unchecked', construct: constructOf(source) };
  }
  return { status: 'ok', test: (text: string) => re.test(text) };
}

export interface LinearMatcher {
  test(text: string): boolean;
}

/**
 * An expression the engine built itself in RE2 syntax (e.g. from a glob), matched in linear time; or, when RE2
 * cannot read it, its reason in plain words ("invalid character class range").
 */
export function linearMatcher(re2Source: string): LinearMatcher | { readonly error: string } {
  try {
    const re = RE2JS.compile(re2Source);
    return { test: (text: string) => re.test(text) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { error: /error parsing regexp: ([^:`]+)/.exec(message)?.[1].trim() ?? message };
  }
}
