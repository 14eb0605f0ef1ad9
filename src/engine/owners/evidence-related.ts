// Evidence from related contracts: siblings (the same dataset or repository described elsewhere) and the other
// contracts the same people maintain (who owns what the contract's committers also work on).
import type { Asset, CatalogueSnapshot, OwnerRole } from './model';
import type { SubjectFacts } from './subject';
import { nameWords } from './ids';
import { plural, type Vote } from './votes';

export const RELATED_WEIGHTS = { sibling: 0.85, coMaintained: 0.7, nameWord: 0.5 };
/** A word more than this share of the contracts have (and more than 5) names nothing. */
const COMMON_WORD = 0.2;

/** A name or repository more contracts than this share is a common word or a monorepo, not one dataset. */
const MAX_SIBLINGS = 4;

/**
 * Other contracts with one of this contract's names (id, name, physical name) or its source repository, each with
 * what it shares ("source repository 'org/x'").
 */
export function siblingContracts(snapshot: CatalogueSnapshot, subject: SubjectFacts): Map<Asset, string> {
  const found = new Map<Asset, string>();
  const take = (assets: readonly Asset[], why: string): void => {
    const others = assets.filter((a) => a.path !== undefined && a.path !== subject.path);
    if (others.length <= MAX_SIBLINGS) for (const a of others) if (!found.has(a)) found.set(a, why);
  };
  if (subject.repository)
    take(snapshot.assetsOfRepository(subject.repository), `source repository '${subject.repository}'`);
  for (const n of subject.names) take(snapshot.assetsNamed(n), `name '${n}'`);
  return found;
}

function holders(
  assets: Iterable<Asset>,
  role: OwnerRole,
): { withRole: number; counts: Map<string, { kind: 'person' | 'team'; n: number }> } {
  const counts = new Map<string, { kind: 'person' | 'team'; n: number }>();
  let withRole = 0;
  for (const a of assets) {
    const inRole = a.owners.filter((o) => o.role === role);
    if (inRole.length === 0) continue;
    withRole++;
    for (const o of inRole) {
      const c = counts.get(o.id);
      if (c) c.n++;
      else counts.set(o.id, { kind: o.kind, n: 1 });
    }
  }
  return { withRole, counts };
}

export function siblingVotes(snapshot: CatalogueSnapshot, subject: SubjectFacts, role: OwnerRole): Vote[] {
  const siblings = siblingContracts(snapshot, subject);
  const { withRole, counts } = holders(siblings.keys(), role);
  if (withRole === 0) return [];
  const only = [...siblings].filter(([a]) => a.owners.some((o) => o.role === role));
  const reasons = [...new Set(only.map(([, why]) => why))];
  const shared = reasons.length === 1 ? reasons[0] : 'name or source repository';
  return [...counts].map(([id, c]) => ({
    id,
    kind: c.kind,
    // Siblings describe the same thing: their holder is the likely one, shared when they disagree.
    strength: RELATED_WEIGHTS.sibling * (c.n / withRole) * (withRole / (withRole + 0.25)),
    evidence:
      withRole === 1
        ? `${role} of ${only[0][0].label} in folder '${only[0][0].folder || '.'}', which has this contract's ${shared}`
        : `${role} of ${c.n} of ${withRole} contracts with this contract's ${shared}`,
    accountable: true,
    channel: 'sibling',
  }));
}

/**
 * The people who changed this contract also change others: who holds the role there. Each committer counts by
 * their share of this file's commits and, more, for having created it.
 */
export function coMaintainedVotes(snapshot: CatalogueSnapshot, subject: SubjectFacts, role: OwnerRole): Vote[] {
  const file = snapshot.git.get(subject.path);
  if (!file || file.totalCommits === 0) return [];
  const votes: Vote[] = [];
  for (const author of file.authors) {
    const part = 0.5 * (author.commits / file.totalCommits) + (file.createdBy === author.id ? 0.5 : 0);
    if (part < 0.1) continue;
    const others: Asset[] = [];
    for (const stats of snapshot.gitFilesOf(author.id)) {
      if (stats.path === subject.path) continue;
      const a = snapshot.assetAt(stats.path);
      if (a) others.push(a);
    }
    const { withRole, counts } = holders(others, role);
    if (withRole === 0) continue;
    const who = snapshot.people.get(author.id)?.name ?? author.name ?? author.id;
    for (const [id, c] of counts) {
      votes.push({
        id,
        kind: c.kind,
        strength: RELATED_WEIGHTS.coMaintained * part * (c.n / (withRole + 1)),
        evidence: `${role} of ${c.n} of ${plural(withRole, 'other contract')} that ${who} also changed (${who} ${file.createdBy === author.id ? 'created this file' : `made ${plural(author.commits, 'commit')} to it`})`,
        accountable: true,
        channel: 'coMaintained',
      });
    }
  }
  return votes;
}

type Holders = ReturnType<typeof holders>;
/** Holders per word and role, per snapshot (snapshots never change, so the counts stay right). */
const wordHolders = new WeakMap<CatalogueSnapshot, Map<string, Holders>>();

function holdersOfWord(snapshot: CatalogueSnapshot, word: string, role: OwnerRole): Holders {
  let cache = wordHolders.get(snapshot);
  if (!cache) wordHolders.set(snapshot, (cache = new Map()));
  const key = `${role}\u0000${word}`;
  let h = cache.get(key);
  if (!h) cache.set(key, (h = holders(snapshot.assetsWithNameWord(word), role)));
  return h;
}

/**
 * Contracts whose names share a word with this one's (`node-exporter` and `cert-exporter`): who holds the role
 * there. Words most contracts share are ignored.
 */
export function nameWordVotes(snapshot: CatalogueSnapshot, subject: SubjectFacts, role: OwnerRole): Vote[] {
  const contracts = snapshot.assets.length;
  const words = [...new Set(subject.names.flatMap(nameWords))];
  const own = snapshot.assetAt(subject.path);
  const ownWords = new Set(own?.names.flatMap(nameWords) ?? []);
  const ownHolders = own?.owners.filter((o) => o.role === role).map((o) => o.id) ?? [];
  const votes: Vote[] = [];
  for (const word of words) {
    const size = snapshot.assetsWithNameWord(word).length - (ownWords.has(word) ? 1 : 0);
    if (size <= 0 || size > Math.max(5, COMMON_WORD * contracts)) continue;
    const all = holdersOfWord(snapshot, word, role);
    // The contract's own record, when the catalogue has it, is not evidence for itself.
    const mine = ownWords.has(word) ? ownHolders : [];
    const withRole = all.withRole - (mine.length > 0 ? 1 : 0);
    if (withRole <= 0) continue;
    for (const [id, c] of all.counts) {
      const n = c.n - (mine.includes(id) ? 1 : 0);
      if (n <= 0) continue;
      votes.push({
        id,
        kind: c.kind,
        strength: (RELATED_WEIGHTS.nameWord * n) / (withRole + 1),
        evidence: `${role} of ${n} of ${plural(withRole, 'other contract')} whose name has the word '${word}'`,
        accountable: true,
        channel: 'nameWord',
      });
    }
  }
  return votes;
}

/**
 * Who committed to the sibling contracts (the same dataset or repository described elsewhere): maintainer evidence,
 * like the contract's own history.
 */
export function gitSiblingVotes(snapshot: CatalogueSnapshot, subject: SubjectFacts): Vote[] {
  const votes: Vote[] = [];
  for (const [sibling, why] of siblingContracts(snapshot, subject)) {
    const stats = sibling.path === undefined ? undefined : snapshot.git.get(sibling.path);
    if (!stats || stats.totalCommits === 0) continue;
    for (const a of stats.authors) {
      const created = stats.createdBy === a.id;
      votes.push({
        id: a.id,
        kind: 'person',
        strength: 0.5 * (a.commits / (stats.totalCommits + 1)) + (created ? 0.25 : 0),
        evidence: `made ${a.commits} of ${plural(stats.totalCommits, 'commit')} to ${sibling.label} in folder '${sibling.folder || '.'}'${created ? ' (and its first)' : ''}, which has this contract's ${why}`,
        accountable: false,
        channel: 'gitSibling',
      });
    }
  }
  return votes;
}
