// The version verdict: a breaking change needs a major release, another change to the promise a minor one,
// wording a patch. Versions are read as Semantic Versioning (MAJOR.MINOR.PATCH).
import type { Bump, ChangeLevel, VersionVerdict } from './types';

const RANK: Record<Bump, number> = { none: 0, patch: 1, minor: 2, major: 3 };
const NEEDS: Record<Bump, string> = {
  major: 'breaking changes need',
  minor: 'changes to the promise need',
  patch: 'changed wording needs',
  none: 'no change needs',
};

interface Semver {
  major: number;
  minor: number;
  patch: number;
}

export function parseSemver(value: string): Semver | undefined {
  const m = /^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/.exec(value.trim());
  return m ? { major: Number(m[1]), minor: Number(m[2]), patch: Number(m[3]) } : undefined;
}

/** The bump the changes ask for: the most of any change. */
export function requiredBump(changes: ReadonlyArray<{ level: ChangeLevel; wording: boolean }>): Bump {
  if (changes.length === 0) return 'none';
  if (changes.some((c) => c.level === 'breaking')) return 'major';
  if (changes.some((c) => !c.wording)) return 'minor';
  return 'patch';
}

function versionText(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() === '' ? null : value;
  if (typeof value === 'number') return String(value);
  return null;
}

export function versionVerdict(baseValue: unknown, headValue: unknown, required: Bump): VersionVerdict {
  const base = versionText(baseValue);
  const head = versionText(headValue);
  const verdict = (ok: boolean, problem?: string): VersionVerdict => ({
    base,
    head,
    required,
    ok,
    ...(problem ? { problem } : {}),
  });
  if (required === 'none') return verdict(true);
  if (head === null) return verdict(false, 'the new contract has no version: add one such as 1.0.0');
  const h = parseSemver(head);
  if (!h) return verdict(false, `the new version '${head}' is not MAJOR.MINOR.PATCH, so its bump cannot be judged`);
  if (base === null) return verdict(false, 'the base contract has no version, so the bump cannot be judged');
  const b = parseSemver(base);
  if (!b) return verdict(false, `the base version '${base}' is not MAJOR.MINOR.PATCH, so the bump cannot be judged`);
  const order = h.major - b.major || h.minor - b.minor || h.patch - b.patch;
  if (order < 0) return verdict(false, `the version went down from ${base} to ${head}`);
  const actual: Bump = h.major > b.major ? 'major' : h.minor > b.minor ? 'minor' : h.patch > b.patch ? 'patch' : 'none';
  if (RANK[actual] >= RANK[required]) return verdict(true);
  return verdict(
    false,
    `${NEEDS[required]} version ${nextVersion(b, required)} or later (a ${required} release), not ${head}`,
  );
}

export function nextVersion(v: Semver, bump: Bump): string {
  if (bump === 'major') return `${v.major + 1}.0.0`;
  if (bump === 'minor') return `${v.major}.${v.minor + 1}.0`;
  if (bump === 'patch') return `${v.major}.${v.minor}.${v.patch + 1}`;
  return `${v.major}.${v.minor}.${v.patch}`;
}
