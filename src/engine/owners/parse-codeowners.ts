// GitHub CODEOWNERS: gitignore-style patterns, the last matching pattern wins.
import type { CodeownersRule, CodeownersRuleRecord, ParseOutput, SourceWarning } from './model';
import { linearMatcher, type LinearMatcher } from '../bounded-pattern';

const OWNER_TOKEN = /^(@[A-Za-z0-9][A-Za-z0-9._-]*(\/[A-Za-z0-9._-]+)?|[^@\s]+@[^@\s]+\.[^@\s]+)$/;

export function parseCodeowners(text: string, fileName = 'CODEOWNERS'): ParseOutput {
  const records: CodeownersRuleRecord[] = [];
  const warnings: SourceWarning[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.replace(/(^|\s)#.*$/, '').trim();
    if (line === '') return;
    const [pattern, ...owners] = line.split(/\s+/);
    const lineNo = index + 1;
    if (pattern.startsWith('!')) {
      warnings.push({
        file: fileName,
        line: lineNo,
        message: `'${pattern}': CODEOWNERS does not support '!' patterns; line ignored`,
      });
      return;
    }
    const bad = owners.filter((o) => !OWNER_TOKEN.test(o));
    if (bad.length > 0) {
      warnings.push({
        file: fileName,
        line: lineNo,
        message: `'${bad[0]}' is not a @user, @org/team or email; ignored`,
      });
    }
    const matcher = patternMatcher(pattern);
    if ('error' in matcher) {
      warnings.push({
        file: fileName,
        line: lineNo,
        message: `'${pattern}' is not a pattern CODEOWNERS can match (${matcher.error}); line ignored`,
      });
      return;
    }
    records.push({
      kind: 'codeowners',
      pattern,
      owners: owners.filter((o) => OWNER_TOKEN.test(o)),
      line: lineNo,
      source: fileName,
    });
  });
  return { records, warnings };
}

/**
 * A CODEOWNERS pattern as a matcher of workspace-relative paths (GitHub rules: a pattern with a slash before its
 * end is anchored at the root, otherwise it matches at any depth; a match on a folder covers everything inside it,
 * except after a final `/*`; `*` stays within one path segment, `**` crosses them). CODEOWNERS is untrusted input:
 * the pattern runs in time linear in the path (a backtracking RegExp takes exponential time on many `**` + `/`), and
 * one RE2 cannot read (`[z-a]`) comes back as an error, not a throw.
 */
export function patternMatcher(pattern: string): LinearMatcher | { readonly error: string } {
  return linearMatcher(patternToSource(pattern));
}

function patternToSource(pattern: string): string {
  let p = pattern.replace(/\\ /g, ' ');
  const anchored = p.replace(/\/+$/, '').includes('/');
  p = p.replace(/^\//, '').replace(/\/+$/, '');
  let body = '';
  for (let i = 0; i < p.length; i++) {
    const c = p[i];
    if (c === '*' && p[i + 1] === '*') {
      const slashAfter = p[i + 2] === '/';
      body += slashAfter ? '(?:.*/)?' : '.*';
      i += slashAfter ? 2 : 1;
    } else if (c === '*') body += '[^/]*';
    else if (c === '?') body += '[^/]';
    else if (c === '[') {
      const end = p.indexOf(']', i + 1);
      if (end > i) {
        body += `[${p
          .slice(i + 1, end)
          .replace(/^!/, '^')
          .replace(/\\/g, '\\\\')}]`;
        i = end;
      } else body += '\\[';
    } else body += c.replace(/[.+^${}()|\\]/g, '\\$&');
  }
  // GitHub: `docs/*` owns the files directly in docs, not those in folders below it.
  const descendants = body.endsWith('/[^/]*') ? '' : '(?:/.*)?';
  return `^${anchored ? '' : '(?:.*/)?'}${body}${descendants}$`;
}

const matcherCache = new WeakMap<CodeownersRule, LinearMatcher | { readonly error: string }>();

interface Literals {
  /** Text every matching path starts with (anchored patterns that begin with plain text). */
  prefix: string;
  /** Runs of plain text every matching path contains. */
  runs: string[];
  /** The whole pattern, when it is plain text (no `*`, `?` or `[…]`): matched without a matcher. */
  plain?: { text: string; anchored: boolean };
  everything: boolean;
}
const literalsCache = new WeakMap<CodeownersRule, Literals>();

/**
 * The plain text a pattern's matches must contain, read as `patternToSource` reads the pattern: a path without it
 * cannot match, so most rules are ruled out without compiling their matcher.
 */
function literalsOf(pattern: string): Literals {
  let p = pattern.replace(/\\ /g, ' ');
  const anchored = p.replace(/\/+$/, '').includes('/');
  p = p.replace(/^\//, '').replace(/\/+$/, '');
  const runs: string[] = [''];
  for (let i = 0; i < p.length; i++) {
    const c = p[i];
    const end = c === '[' ? p.indexOf(']', i + 1) : -1;
    if (c === '*' || c === '?' || end > i) {
      runs.push('');
      // `**/` also matches nothing at all, its slash included.
      if (c === '*' && p[i + 1] === '*') i += p[i + 2] === '/' ? 2 : 1;
      else if (end > i) i = end;
    } else runs[runs.length - 1] += c;
  }
  const plain = runs.length === 1 && p !== '' ? { text: p, anchored } : undefined;
  // `*` and `**` (anchored or not) own every path: the common first line of a CODEOWNERS file.
  const everything = p === '*' || p === '**';
  return { prefix: anchored ? runs[0] : '', runs: runs.filter((run) => run !== ''), plain, everything };
}

/** What the matcher of a plain-text pattern answers: the path itself or a folder of it, at the root if anchored. */
function plainMatch({ text, anchored }: { text: string; anchored: boolean }, path: string): boolean {
  if (path === text || path.startsWith(`${text}/`)) return true;
  return !anchored && (path.endsWith(`/${text}`) || path.includes(`/${text}/`));
}

function matches(rule: CodeownersRule, path: string): boolean {
  let literals = literalsCache.get(rule);
  if (!literals) literalsCache.set(rule, (literals = literalsOf(rule.pattern)));
  if (!path.startsWith(literals.prefix) || literals.runs.some((run) => !path.includes(run))) return false;
  if (literals.everything) return true;
  if (literals.plain) return plainMatch(literals.plain, path);
  let m = matcherCache.get(rule);
  if (!m) matcherCache.set(rule, (m = patternMatcher(rule.pattern)));
  return 'test' in m && m.test(path);
}

/** The rule that decides who owns `path` (the last matching one), if any. A rule with no owners un-assigns. */
export function codeownersFor(rules: readonly CodeownersRule[], path: string): CodeownersRule | undefined {
  for (let i = rules.length - 1; i >= 0; i--) if (matches(rules[i], path)) return rules[i];
  return undefined;
}
