// What ranking knows about the contract it suggests owners for.
import { contractDomain, contractNames, contractRepository, contractTags, contractTeamName } from './contract-record';
import { folderOf } from './ids';

export interface OwnerSubject {
  /** Workspace-relative path of the contract. */
  path: string;
  /** The parsed contract. */
  value: unknown;
}

export interface SubjectFacts {
  path: string;
  folder: string;
  domain?: string;
  teamName?: string;
  names: string[];
  tags: string[];
  repository?: string;
}

export function subjectFacts(subject: OwnerSubject): SubjectFacts {
  return {
    path: subject.path,
    folder: folderOf(subject.path),
    domain: contractDomain(subject.value),
    teamName: contractTeamName(subject.value),
    names: contractNames(subject.value),
    tags: contractTags(subject.value),
    repository: contractRepository(subject.value),
  };
}
