// A generated organisation for evaluating owner suggestions: business units, domains, teams, people who join,
// leave and move teams, data products with contracts, CODEOWNERS and a git history. Deterministic for a seed.
// Ownership follows the organisation, not the ranker: most products are owned by their domain's deputy director,
// but directors, neighbouring deputy directors and one-off owners appear, and owners leave.
import { Random } from './random';

export interface OrgPerson {
  id: string;
  name: string;
  email: string;
  title: string;
  /** Team history, in order; the last entry is the current team. */
  teams: { team: string; from: string }[];
  joined: string;
  left?: string;
  /** Contractors are missing from the HR export. */
  inDirectory: boolean;
}

export interface OrgContract {
  path: string;
  value: Record<string, unknown>;
  created: string;
  bu: string;
  domain: string;
}

export interface OrgCommit {
  author: { name: string; email: string };
  date: string;
  files: string[];
  message: string;
}

export interface GeneratedOrg {
  people: OrgPerson[];
  contracts: OrgContract[];
  codeowners: string;
  commits: OrgCommit[];
}

const UNITS: Record<string, string[]> = {
  HMPPS: ['prisons', 'probation', 'youth-justice'],
  HMCTS: ['civil-courts', 'criminal-courts', 'family-courts', 'tribunals'],
  LAA: ['civil-legal-aid', 'criminal-legal-aid'],
  OPG: ['lasting-power-of-attorney', 'deputyships'],
  CICA: ['compensation-claims'],
  HQ: ['finance', 'workforce'],
};
const FIRST = [
  'Amina',
  'Ben',
  'Chloe',
  'Dev',
  'Ella',
  'Farid',
  'Grace',
  'Hugo',
  'Isla',
  'Jack',
  'Kemi',
  'Liam',
  'Maya',
  'Noah',
  'Olu',
  'Priya',
  'Quinn',
  'Rosa',
  'Sam',
  'Tariq',
  'Uma',
  'Vik',
  'Wen',
  'Yusuf',
  'Zoe',
  'Aled',
  'Bea',
  'Cai',
  'Dara',
  'Eve',
];
const LAST = [
  'Khan',
  'Reed',
  'Patel',
  'Jones',
  'Okafor',
  'Smith',
  'Evans',
  'Nowak',
  'Hughes',
  'Ali',
  'Brown',
  'Murphy',
  'Singh',
  'Clarke',
  'Davies',
  'Ahmed',
  'Wilson',
  'Taylor',
  'Mensah',
  'Kaur',
];
const TABLES = [
  'cases',
  'events',
  'people',
  'locations',
  'outcomes',
  'payments',
  'hearings',
  'applications',
  'assessments',
  'referrals',
  'sentences',
  'orders',
  'claims',
  'staff',
  'costs',
  'timeliness',
];
const START = '2022-06-01';
const END = '2026-06-30';

export function generateOrg(seed = 20261127): GeneratedOrg {
  const rnd = new Random(seed);
  const people: OrgPerson[] = [];
  const used = new Set<string>();

  const hire = (title: string, team: string, joined: string, inDirectory = true): OrgPerson => {
    let first: string, last: string, id: string;
    do {
      first = rnd.pick(FIRST);
      last = rnd.pick(LAST);
      id = `${first}.${last}`.toLowerCase();
    } while (used.has(id));
    used.add(id);
    const p: OrgPerson = {
      id,
      name: `${first} ${last}`,
      email: `${id}@justice.gov.uk`,
      title,
      teams: [{ team, from: joined }],
      joined,
      inDirectory,
    };
    people.push(p);
    return p;
  };
  const activeAt = (p: OrgPerson, date: string): boolean => p.joined <= date && (!p.left || p.left > date);
  const teamAt = (p: OrgPerson, date: string): string =>
    [...p.teams].reverse().find((t) => t.from <= date)?.team ?? p.teams[0].team;
  const membersAt = (team: string, date: string, titles: RegExp): OrgPerson[] =>
    people.filter((p) => activeAt(p, date) && teamAt(p, date) === team && titles.test(p.title));

  /** When a person leaves, a successor with the same title joins the same team. */
  const leaveAndReplace = (p: OrgPerson): void => {
    p.left = rnd.date('2023-06-01', '2026-01-31');
    hire(p.title, p.teams[p.teams.length - 1].team, p.left);
  };

  const platform = 'data-platform';
  for (let i = 0; i < 5; i++) hire('Platform Engineer', platform, START, rnd.chance(0.8));
  const directors: Record<string, OrgPerson> = {};
  const domainLead: Record<string, OrgPerson> = {};
  for (const [bu, domains] of Object.entries(UNITS)) {
    directors[bu] = hire('Director', `${bu.toLowerCase()}-leadership`, START);
    for (const domain of domains) {
      const team = `${domain}-data`;
      domainLead[domain] = hire(rnd.chance(0.75) ? 'Deputy Director' : 'Head of Data', team, START);
      for (let i = 0; i < rnd.int(2, 3); i++)
        hire(rnd.pick(['Senior Data Analyst', 'Statistician', 'Data Analyst']), team, START);
      for (let i = 0; i < rnd.int(2, 4); i++)
        hire(rnd.pick(['Data Engineer', 'Senior Data Engineer', 'Analytics Engineer']), team, START, rnd.chance(0.9));
    }
  }
  // Some deputy directors also own a neighbouring domain whose team has no deputy director of its own.
  const domainOwnerSeat: Record<string, OrgPerson> = {};
  for (const [, domains] of Object.entries(UNITS)) {
    for (const domain of domains) {
      const sibling = domains.find((d) => d !== domain);
      domainOwnerSeat[domain] = sibling && rnd.chance(0.2) ? domainLead[sibling] : domainLead[domain];
    }
  }
  // Leavers and movers (the original staff only; successors stay).
  for (const p of [...people]) {
    if (/Deputy Director|Head of Data/.test(p.title) && rnd.chance(0.2)) leaveAndReplace(p);
    else if (/Analyst|Statistician|Engineer/.test(p.title) && rnd.chance(0.1)) leaveAndReplace(p);
    else if (
      /Analyst|Engineer|Statistician/.test(p.title) &&
      !p.teams[0].team.startsWith(platform) &&
      rnd.chance(0.1)
    ) {
      const domains = Object.values(UNITS).flat();
      p.teams.push({ team: `${rnd.pick(domains)}-data`, from: rnd.date('2023-06-01', '2025-12-31') });
    }
  }
  /** The person in a seat at a date: follows successors of leavers. */
  const holderAt = (seat: OrgPerson, date: string): OrgPerson => {
    let p = seat;
    while (p.left && p.left <= date) {
      const successor = people.find(
        (q) =>
          q !== p && q.title === p.title && q.joined === p.left && q.teams[0].team === p.teams[p.teams.length - 1].team,
      );
      if (!successor) break;
      p = successor;
    }
    return p;
  };

  const contracts: OrgContract[] = [];
  const commits: OrgCommit[] = [];
  const codeownerLines = ['# Data contracts', `*  @moj/${platform}`];
  for (const [bu, domains] of Object.entries(UNITS)) {
    for (const domain of domains) {
      const team = `${domain}-data`;
      const folder = `contracts/${bu.toLowerCase()}/${domain}`;
      if (rnd.chance(0.85)) codeownerLines.push(`/${folder}/  @moj/${team}`);
      const productCount = rnd.int(3, 5);
      for (let pi = 0; pi < productCount; pi++) {
        const product = `${domain.split('-')[0]}-${rnd.pick(['core', 'reporting', 'analytics', 'operational', 'statistics', 'performance'])}-${pi + 1}`;
        const productFolder = rnd.chance(0.08) ? `contracts/shared/${product}` : `${folder}/${product}`;
        const ownerKind = rnd.next();
        const productCreated = rnd.date('2022-09-01', '2026-03-31');
        const productOwnerSeat =
          ownerKind < 0.75
            ? domainOwnerSeat[domain]
            : ownerKind < 0.87
              ? directors[bu]
              : domainOwnerSeat[rnd.pick(domains)];
        const stewardTeam = rnd.chance(0.85) ? team : `${rnd.pick(Object.values(UNITS).flat())}-data`;
        const stewardSeat = rnd.pick(
          membersAt(stewardTeam, productCreated, /Analyst|Statistician/).concat(
            membersAt(team, productCreated, /Analyst|Statistician/),
          ),
        );
        for (let ti = 0, n = rnd.int(1, 5); ti < n; ti++) {
          const table = `${rnd.pick(TABLES)}_${ti + 1}`;
          const created = rnd.date(productCreated, '2026-04-30');
          const seniors = [directors[bu], ...domains.map((d) => domainOwnerSeat[d])];
          const ownerSeat = rnd.chance(0.08) ? rnd.pick(seniors) : productOwnerSeat;
          const members: Record<string, unknown>[] = [];
          const original = holderAt(ownerSeat, created);
          const current = holderAt(ownerSeat, END);
          if (original !== current && rnd.chance(0.6)) {
            // The contract was updated when the owner left.
            members.push({
              username: original.id,
              name: original.name,
              role: 'Data Owner',
              dateIn: created,
              dateOut: original.left,
            });
            members.push({ username: current.id, name: current.name, role: 'Data Owner', dateIn: original.left });
          } else members.push({ username: original.id, name: original.name, role: 'Data Owner', dateIn: created });
          if (stewardSeat && rnd.chance(0.85)) {
            const steward = rnd.chance(0.1)
              ? (rnd.pick(membersAt(team, created, /Analyst|Statistician/)) ?? stewardSeat)
              : stewardSeat;
            members.push({
              username: holderAt(steward, created).id,
              name: holderAt(steward, created).name,
              role: 'Data Steward',
            });
          }
          const engineers = membersAt(team, created, /Engineer/);
          const custodian =
            rnd.chance(0.7) && engineers.length > 0
              ? rnd.pick(engineers)
              : rnd.pick(membersAt(platform, created, /Engineer/));
          if (custodian && rnd.chance(0.9))
            members.push({ username: custodian.id, name: custodian.name, role: 'Data Custodian' });
          const value: Record<string, unknown> = {
            apiVersion: 'v3.1.0',
            kind: 'DataContract',
            id: `${product}-${table}`,
            name: `${product} ${table}`,
            version: '1.0.0',
            status: 'active',
          };
          if (rnd.chance(0.9)) value.domain = domain;
          value.dataProduct = product;
          value.tags = [bu.toLowerCase(), domain];
          value.team = rnd.chance(0.6)
            ? { name: rnd.chance(0.9) ? team : `${rnd.pick(domains)}-data`, members }
            : { members };
          value.schema = [
            { name: table, physicalName: `${domain.replace(/-/g, '_')}.${table}`, logicalType: 'object' },
          ];
          const path = `${productFolder}/${table}.odcs.yaml`;
          contracts.push({ path, value, created, bu, domain });

          // History: created by the custodian or a team member, then edited by whoever works on it.
          const authorsAt = (date: string): OrgPerson[] => {
            const pool = [
              ...(custodian && activeAt(custodian, date) ? [custodian, custodian, custodian] : []),
              ...membersAt(team, date, /Engineer/),
              ...(stewardSeat && activeAt(stewardSeat, date) ? [stewardSeat] : []),
              ...membersAt(platform, date, /Engineer/),
            ];
            return pool.length > 0 ? pool : membersAt(platform, date, /Engineer/);
          };
          const dates = [created, ...Array.from({ length: rnd.int(0, 5) }, () => rnd.date(created, END))].sort();
          dates.forEach((date, k) => {
            const author = rnd.pick(authorsAt(date));
            commits.push({
              author: { name: author.name, email: author.email },
              date,
              files: [path],
              message: k === 0 ? `Add ${product} ${table} contract` : `Update ${table} contract`,
            });
          });
        }
      }
    }
  }
  // Platform-wide changes touch every contract that exists at the time.
  for (const date of ['2024-03-15', '2025-09-01']) {
    const author = rnd.pick(membersAt(platform, date, /Engineer/));
    commits.push({
      author: { name: author.name, email: author.email },
      date,
      files: contracts.filter((c) => c.created <= date).map((c) => c.path),
      message: 'Upgrade contracts to the current ODCS version',
    });
  }
  return { people, contracts, codeowners: `${codeownerLines.join('\n')}\n`, commits };
}

/** Copies of generated organisations side by side (one folder each, `contracts/unit-<k>/`) until there are `n` contracts. */
export function generateOrgOfSize(n: number): GeneratedOrg {
  const all: GeneratedOrg = { people: [], contracts: [], commits: [], codeowners: '' };
  for (let k = 0; all.contracts.length < n; k++) {
    const org = generateOrg(1000 + k);
    const move = (p: string) => p.replace(/^contracts\//, `contracts/unit-${k}/`);
    all.people.push(...(k === 0 ? org.people : []));
    all.contracts.push(...org.contracts.map((c) => ({ ...c, path: move(c.path) })));
    all.commits.push(...org.commits.map((c) => ({ ...c, files: c.files.map(move) })));
    all.codeowners += org.codeowners.replace(/\/contracts\//g, `/contracts/unit-${k}/`);
  }
  all.contracts.length = n;
  const kept = new Set(all.contracts.map((c) => c.path));
  all.commits = all.commits
    .map((c) => ({ ...c, files: c.files.filter((f) => kept.has(f)) }))
    .filter((c) => c.files.length > 0);
  return all;
}
