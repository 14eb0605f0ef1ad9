// Writes a generated organisation into a real git repository: people directory, CODEOWNERS, contracts, history.
import { stringify } from 'yaml';
import type { GeneratedOrg, OrgCommit } from './generate-org';
import { GitRepo, type Author } from './git-repo';

export interface ExtraFile {
  path: string;
  content: string;
}

export function peopleDirectoryYaml(org: GeneratedOrg): string {
  const people = org.people
    .filter((p) => p.inDirectory)
    .map((p) => ({
      id: p.id,
      name: p.name,
      email: p.email,
      team: p.teams[p.teams.length - 1].team,
      role: p.title,
      active: !p.left,
    }));
  return stringify({ people });
}

/** Every commit changes the files it lists: intermediate revisions carry their own version number. */
export function writeOrgRepo(
  root: string,
  org: GeneratedOrg,
  extra: { author: Author; date: string; files: ExtraFile[]; message: string }[] = [],
): GitRepo {
  const repo = new GitRepo(root);
  const finalText = new Map(org.contracts.map((c) => [c.path, stringify(c.value)]));
  const lastCommitOf = new Map<string, OrgCommit>();
  const sorted = [...org.commits].sort((a, b) => a.date.localeCompare(b.date));
  for (const c of sorted) for (const f of c.files) lastCommitOf.set(f, c);
  const revision = new Map<string, number>();
  const admin = org.people[0];
  const history = [
    {
      author: { name: admin.name, email: admin.email },
      date: '2022-06-01',
      files: [
        { path: '.github/CODEOWNERS', content: org.codeowners },
        { path: 'catalogue/people.yaml', content: peopleDirectoryYaml(org) },
      ],
      message: 'Set up the contracts repository',
    },
    ...sorted.map((c) => ({
      author: c.author,
      date: c.date,
      message: c.message,
      files: c.files.map((path) => {
        const rev = (revision.get(path) ?? 0) + 1;
        revision.set(path, rev);
        const text =
          lastCommitOf.get(path) === c
            ? finalText.get(path)!
            : finalText.get(path)!.replace(/^version: .*$/m, `version: 0.${rev}.0`);
        return { path, content: text };
      }),
    })),
    ...extra,
  ].sort((a, b) => a.date.localeCompare(b.date));
  repo.importHistory(history);
  return repo;
}
