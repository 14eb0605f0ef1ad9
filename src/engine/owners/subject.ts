// What ranking knows about the contract it suggests owners for.
import { contractDomain, contractNames, contractRepository, contractTags, contractTeamName } from './contract-record';
import { folderOf } from './ids';

/**
 * The contract owners are suggested for: its workspace-relative path, and either the parsed contract or the facts
 * ranking reads from it (`contractFacts`), which a caller may keep between calls instead of parsing it again.
 */
export type OwnerSubject = { path: string; value: unknown } | { path: string; facts: ContractFacts };

/** What ranking reads from a parsed contract: plain data, the same after a JSON round trip. */
export interface ContractFacts {
  domain?: string;
  teamName?: string;
  names: string[];
  tags: string[];
  repository?: string;
}

export interface SubjectFacts extends ContractFacts {
  path: string;
  folder: string;
}

/** The facts ranking reads from a parsed contract. */
export function contractFacts(value: unknown): ContractFacts {
  return {
    domain: contractDomain(value),
    teamName: contractTeamName(value),
    names: contractNames(value),
    tags: contractTags(value),
    repository: contractRepository(value),
  };
}

export function subjectFacts(subject: OwnerSubject): SubjectFacts {
  const facts = 'facts' in subject ? subject.facts : contractFacts(subject.value);
  return {
    path: subject.path,
    folder: folderOf(subject.path),
    domain: facts.domain,
    teamName: facts.teamName,
    names: facts.names,
    tags: facts.tags,
    repository: facts.repository,
  };
}
