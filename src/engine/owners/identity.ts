// Who is who across catalogues: merges person and team records by id, email and alias, and resolves references.
import { refKey, teamSlug } from './ids';
import type { Person, PersonRecord, Team } from './model';

export type Ref = { id: string; kind: 'person' | 'team' };

/** Who is who as plain data (JSON), so a built catalogue can be stored and read back without resolving anything. */
export interface IdentityData {
  people: [string, Person][];
  teams: [string, Team][];
  personKeys: [string, string][];
  localParts: [string, string][];
  teamKeys: [string, string][];
}

interface TeamFields {
  name?: string;
  parent?: string;
  members?: string[];
  aliases?: string[];
  source?: string;
}

export class Identity {
  readonly people: Map<string, Person>;
  readonly teams: Map<string, Team>;
  private readonly personKeys: Map<string, string>;
  private readonly localParts: Map<string, string>;
  private readonly teamKeys: Map<string, string>;
  /** Ids of people and teams created by this instance, so they may be changed in place. */
  private readonly fresh = new Set<string>();

  constructor(from?: Identity) {
    this.people = new Map(from?.people);
    this.teams = new Map(from?.teams);
    this.personKeys = new Map(from?.personKeys);
    this.localParts = new Map(from?.localParts);
    this.teamKeys = new Map(from?.teamKeys);
  }

  /** Everything `resolve` and the snapshot read, as plain data (in insertion order, which ranking ties follow). */
  toData(): IdentityData {
    return {
      people: [...this.people],
      teams: [...this.teams],
      personKeys: [...this.personKeys],
      localParts: [...this.localParts],
      teamKeys: [...this.teamKeys],
    };
  }

  /** The identity `toData` described; nothing in it is created by this instance (an `extend` copies before writing). */
  static fromData(data: IdentityData): Identity {
    const identity = new Identity();
    for (const [k, v] of data.people) identity.people.set(k, v);
    for (const [k, v] of data.teams) identity.teams.set(k, v);
    for (const [k, v] of data.personKeys) identity.personKeys.set(k, v);
    for (const [k, v] of data.localParts) identity.localParts.set(k, v);
    for (const [k, v] of data.teamKeys) identity.teamKeys.set(k, v);
    return identity;
  }

  /** A copy that can grow without changing this one (or the snapshots that share it). */
  extend(): Identity {
    return new Identity(this);
  }

  private writablePerson(id: string): Person {
    const p = this.people.get(id)!;
    if (this.fresh.has(`p:${id}`)) return p;
    const copy: Person = { ...p, teams: [...p.teams], sources: [...p.sources] };
    this.people.set(id, copy);
    this.fresh.add(`p:${id}`);
    return copy;
  }

  addPerson(r: PersonRecord): void {
    const keys: string[] = [refKey(r.id).key];
    if (r.email) keys.push(r.email.toLowerCase());
    for (const a of r.aliases ?? []) keys.push(refKey(a).key);
    let existingId: string | undefined;
    for (const k of keys) if ((existingId = this.personKeys.get(k)) !== undefined) break;
    let p: Person;
    if (existingId === undefined) {
      p = { id: refKey(r.id).id, teams: [], status: 'unknown', sources: [] };
      this.people.set(p.id, p);
      this.fresh.add(`p:${p.id}`);
    } else p = this.writablePerson(existingId);
    p.name ??= r.name;
    p.email ??= r.email;
    p.title ??= r.title;
    for (const t of r.teams ?? []) if (!p.teams.includes(t)) p.teams.push(t);
    if (r.active === false) {
      p.status = 'left';
      p.leftAccordingTo ??= r.source;
    } else if (r.active === true && p.status === 'unknown') p.status = 'active';
    if (!p.sources.includes(r.source)) p.sources.push(r.source);
    for (const k of keys) if (!this.personKeys.has(k)) this.personKeys.set(k, p.id);
    if (p.email) this.localParts.set(p.email.toLowerCase().split('@')[0], p.id);
    // A username that is an e-mail address (`jdoe@example.org`) is found by a git e-mail with the same local part.
    else if (/^[^@\s]+@[^@\s]+$/.test(p.id)) {
      const local = p.id.toLowerCase().split('@')[0];
      if (!this.localParts.has(local)) this.localParts.set(local, p.id);
    }
  }

  addTeam(id: string, fields: TeamFields): Team {
    const keys = [id, ...(fields.aliases ?? [])].map((k) => refKey(k).key);
    const existingId = keys.map((k) => this.teamKeys.get(k)).find((t) => t !== undefined);
    let t: Team;
    if (existingId === undefined) {
      t = { id: refKey(id).id, members: [], sources: [] };
      this.teams.set(t.id, t);
      this.fresh.add(`t:${t.id}`);
    } else if (this.fresh.has(`t:${existingId}`)) t = this.teams.get(existingId)!;
    else {
      const old = this.teams.get(existingId)!;
      t = { ...old, members: [...old.members], sources: [...old.sources] };
      this.teams.set(existingId, t);
      this.fresh.add(`t:${existingId}`);
    }
    t.name ??= fields.name;
    t.parent ??= fields.parent;
    for (const m of fields.members ?? []) if (!t.members.includes(m)) t.members.push(m);
    if (fields.source && !t.sources.includes(fields.source)) t.sources.push(fields.source);
    for (const k of keys) if (!this.teamKeys.has(k)) this.teamKeys.set(k, t.id);
    return t;
  }

  resolve(ref: string): Ref | undefined {
    const k = refKey(ref);
    const isEmail = k.kind === undefined && k.key.includes('@');
    if (k.kind !== 'team') {
      const id = this.personKeys.get(k.key) ?? (isEmail ? this.localParts.get(k.key.split('@')[0]) : undefined);
      if (id) return { id, kind: 'person' };
    }
    if (k.kind !== 'person') {
      const id = this.teamKeys.get(k.key) ?? this.teamKeys.get(teamSlug(k.key));
      if (id) return { id, kind: 'team' };
    }
    if (isEmail) {
      // A git author email whose local part is a username used in contracts.
      const id = this.personKeys.get(k.key.split('@')[0]);
      if (id) return { id, kind: 'person' };
    }
    return undefined;
  }

  /** Owners named only in an asset are still known to the catalogue. */
  resolveOrAdd(ref: string, kind: 'person' | 'team' | undefined, source: string): Ref {
    const found = this.resolve(ref);
    if (found) return found;
    const k = refKey(ref);
    if ((k.kind ?? kind) === 'team') return { id: this.addTeam(k.id, { source }).id, kind: 'team' };
    this.addPerson({ kind: 'person', id: k.id, email: k.key.includes('@') ? k.id : undefined, source });
    return this.resolve(ref)!;
  }

  /** Team members by person id, and each person's teams as team members. */
  linkMemberships(): void {
    for (const t of [...this.teams.values()]) {
      const members = [
        ...new Set(
          t.members.map((m) => {
            const r = this.resolve(m);
            return r?.kind === 'person' ? r.id : m;
          }),
        ),
      ];
      if (members.join('\n') !== t.members.join('\n')) this.addTeam(t.id, {}).members = members;
    }
    for (const p of this.people.values()) {
      for (const name of p.teams) {
        const team = this.addTeam(name, {});
        if (!team.members.includes(p.id)) team.members.push(p.id);
      }
    }
  }
}
