// GitHub CODEOWNERS: gitignore-style patterns, the last matching pattern wins.
import ignore from 'ignore';
import type { CodeownersRule, CodeownersRuleRecord, ParseOutput, SourceWarning } from './model';

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
      warnings.push({ file: fileName, line: lineNo, message: `'${pattern}': CODEOWNERS does not support '!' patterns; line ignored` });
      return;
    }
    const bad = owners.filter((o) => !OWNER_TOKEN.test(o));
    if (bad.length > 0) {
      warnings.push({ file: fileName, line: lineNo, message: `'${bad[0]}' is not a @user, @org/team or email; ignored` });
    }
    records.push({ kind: 'codeowners', pattern, owners: owners.filter((o) => OWNER_TOKEN.test(o)), line: lineNo, source: fileName });
  });
  return { records, warnings };
}

const matcherCache = new WeakMap<CodeownersRule, ReturnType<typeof ignore>>();

function matches(rule: CodeownersRule, path: string): boolean {
  let m = matcherCache.get(rule);
  if (!m) matcherCache.set(rule, (m = ignore().add(rule.pattern)));
  return m.ignores(path);
}

/** The rule that decides who owns `path` (the last matching one), if any. A rule with no owners un-assigns. */
export function codeownersFor(rules: readonly CodeownersRule[], path: string): CodeownersRule | undefined {
  for (let i = rules.length - 1; i >= 0; i--) if (matches(rules[i], path)) return rules[i];
  return undefined;
}
