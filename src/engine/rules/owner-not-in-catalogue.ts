// A team member nobody else knows: a typo in the username, or someone missing from the people directory.
import { distance } from 'fastest-levenshtein';
import { defineRule } from './define-rule';
import { str } from '../contract-nodes';
import { asCatalogueSnapshot, hasPeopleDirectory, isKnownPerson, type CatalogueSnapshot } from '../owners';
import { currentMembers } from '../vocabulary/roles';

/** Known usernames close to the one written, nearest first. */
function closeMatches(snapshot: CatalogueSnapshot, username: string): { id: string; name?: string }[] {
  const wanted = username.toLowerCase();
  const limit = Math.max(1, Math.min(3, Math.floor(wanted.length / 4)));
  const found: { id: string; name?: string; d: number }[] = [];
  for (const p of snapshot.people.values()) {
    if (p.status === 'left') continue;
    const d = distance(wanted, p.id.toLowerCase());
    if (d > 0 && d <= limit) found.push({ id: p.id, name: p.name, d });
  }
  return found.sort((a, b) => a.d - b.d || a.id.localeCompare(b.id)).slice(0, 3);
}

const yamlScalar = (s: string): string => (/^[A-Za-z0-9._@-]+$/.test(s) ? s : JSON.stringify(s));

export default defineRule<undefined, 'notInCatalogue'>({
  meta: {
    id: 'owner-not-in-catalogue',
    code: 'DCL270',
    group: 'catalogue',
    dimension: 'ownership',
    severity: 'warning',
    description: 'Every current team member is known to the people directory or another catalogue.',
    messages: {
      notInCatalogue:
        "Check the spelling of '{username}'{role}, or add them to the people directory: no catalogue knows them.",
    },
    hasSuggestions: true,
  },
  create(context) {
    const snapshot = asCatalogueSnapshot(context.catalogue);
    // Without a directory-like source every new name would look unknown: stay silent rather than guess.
    if (!snapshot || !hasPeopleDirectory(snapshot)) return {};
    const contractId = str(context.contract.id);
    return {
      contract() {
        for (const member of currentMembers(context.parts.teamMembers, context.today)) {
          const username = member.username?.trim();
          if (!username || /^TODO/i.test(username)) continue;
          if (isKnownPerson(snapshot, username, { id: contractId })) continue;
          const role = str(member.value.role);
          context.report({
            path: [...member.path, 'username'],
            target: 'value',
            messageId: 'notInCatalogue',
            data: { username, role: role ? ` (${role})` : '' },
            suggest: closeMatches(snapshot, username).map((m) => ({
              title: `Replace with '${m.id}'${m.name ? ` (${m.name})` : ''}`,
              fix: (fixer) => fixer.replaceValue([...member.path, 'username'], yamlScalar(m.id)),
            })),
          });
        }
      },
    };
  },
});
