// Baselines an analyst could compute by hand, from the other contracts of the corpus only.
import { contractMembers, roleFromText, type OwnerRole } from '../../src/engine/owners';
import { contractDomain, contractNames, contractRepository } from '../../src/engine/owners/contract-record';
import { folderOf } from '../../src/engine/owners/ids';
import type { CorpusContract } from './corpus';

/** Names, ids, physical names, and the source repository (a custom property) a sibling contract may share. */
export function siblingKeys(value: unknown): string[] {
  const keys = contractNames(value).map((n) => `name:${n}`);
  const repository = contractRepository(value);
  if (repository) keys.push(`repo:${repository}`);
  return keys;
}

/** Indexes over a corpus; each query leaves out the held-out contract. */
export class CorpusIndex {
  private readonly byKey = new Map<string, CorpusContract[]>();
  private readonly byDomain = new Map<string, CorpusContract[]>();

  constructor(
    private readonly contracts: readonly CorpusContract[],
    private readonly left: ReadonlySet<string>,
  ) {
    for (const c of contracts) {
      for (const k of new Set(siblingKeys(c.value))) push(this.byKey, k, c);
      const d = contractDomain(c.value)?.toLowerCase();
      if (d) push(this.byDomain, d, c);
    }
  }

  /** People in the role among `group`, most frequent first (ties by id). */
  private holders(group: Iterable<CorpusContract>, held: CorpusContract, role: OwnerRole): string[] {
    const counts = new Map<string, number>();
    for (const c of group) {
      if (c === held) continue;
      for (const m of contractMembers(c.value)) {
        if (m.dateOut || roleFromText(m.role) !== role || this.left.has(m.username)) continue;
        counts.set(m.username, (counts.get(m.username) ?? 0) + 1);
      }
    }
    return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([id]) => id);
  }

  siblings(held: CorpusContract): CorpusContract[] {
    const out = new Set<CorpusContract>();
    for (const k of siblingKeys(held.value)) for (const c of this.byKey.get(k) ?? []) if (c !== held) out.add(c);
    return [...out];
  }

  /**
   * The cascade: the owner of the same dataset elsewhere (a sibling: same name, id, physical name or source
   * repository), else the most frequent holder in the contract's folder (the project), else under its parent
   * folder, else in its domain (the business area), else under each further ancestor folder. Levels fill the top 3
   * in that order.
   */
  cascade(held: CorpusContract, role: OwnerRole): string[] {
    const levels: string[][] = [this.holders(this.siblings(held), held, role)];
    const folder = folderOf(held.path);
    levels.push(
      this.holders(
        this.contracts.filter((c) => folderOf(c.path) === folder),
        held,
        role,
      ),
    );
    const domain = contractDomain(held.value)?.toLowerCase();
    let ancestor = folder;
    let first = true;
    while (ancestor !== '') {
      ancestor = folderOf(ancestor);
      const prefix = ancestor === '' ? '' : `${ancestor}/`;
      levels.push(
        this.holders(
          this.contracts.filter((c) => c.path.startsWith(prefix)),
          held,
          role,
        ),
      );
      if (first && domain) levels.push(this.holders(this.byDomain.get(domain) ?? [], held, role));
      first = false;
    }
    if (first && domain) levels.push(this.holders(this.byDomain.get(domain) ?? [], held, role));
    const out: string[] = [];
    for (const level of levels) for (const id of level) if (out.length < 3 && !out.includes(id)) out.push(id);
    return out;
  }

  /** The existing baseline: the three most frequent holders among the other contracts of the same domain. */
  domainMajority(held: CorpusContract, role: OwnerRole): string[] {
    const domain = contractDomain(held.value)?.toLowerCase();
    if (!domain) return [];
    return this.holders(this.byDomain.get(domain) ?? [], held, role).slice(0, 3);
  }
}

function push<K, V>(index: Map<K, V[]>, key: K, value: V): void {
  const list = index.get(key);
  if (list) list.push(value);
  else index.set(key, [value]);
}
