// Which owners completion offers: at `username:` people only (a team cannot be a member), at `team.name` teams;
// and a detail short enough to show whole, cut at a word (the full evidence is in the item's documentation).
import { parseYamlFile } from '../parse/yaml-file';
import { roleFromText, suggestOwners, suggestTeams, type CatalogueSnapshot } from '../owners';
import type { CompletionItem, OwnerCandidate } from '../services/completion';

export function ownerCandidatesFor(
  catalogue: CatalogueSnapshot,
  text: string,
  relativePath: string,
): (role?: string, field?: 'username' | 'teamName') => OwnerCandidate[] {
  return (role, field) => {
    const value = parseYamlFile(text).documents[0]?.value;
    const subject = { path: relativePath, value };
    if (field === 'teamName') return suggestTeams(catalogue, subject).filter((c) => c.kind === 'team');
    return suggestOwners(catalogue, subject, (role && roleFromText(role)) || 'Data Owner').filter(
      (c) => c.kind === 'person',
    );
  };
}

/** The longest detail shown whole in a completion list; longer text ends at a word with '…'. */
export const MAX_DETAIL = 60;

export function shortDetail(detail: string, max = MAX_DETAIL): string {
  if (detail.length <= max) return detail;
  const cut = detail.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  const word = space > max / 2 ? cut.slice(0, space) : cut;
  return `${word.replace(/[\s,;:·(—-]+$/, '')}…`;
}

/** Shortens the detail of the owner items (those whose inserted text is a candidate's id). */
export function withShortOwnerDetails(items: CompletionItem[], ownerIds: ReadonlySet<string>): CompletionItem[] {
  if (ownerIds.size === 0) return items;
  return items.map((item) =>
    item.detail && ownerIds.has(item.insertText) ? { ...item, detail: shortDetail(item.detail) } : item,
  );
}
