// A vote is one piece of evidence for one candidate: how strong it is and the sentence that explains it.
export interface Vote {
  id: string;
  kind: 'person' | 'team';
  /** 0..1: the channel's weight times the candidate's share of it. */
  strength: number;
  evidence: string;
  /** Accountable (catalogues, majorities, team structure) or maintainer (git, CODEOWNERS) evidence. */
  accountable: boolean;
  /** Which kind of evidence: the fitted model weighs each channel. */
  channel: Channel;
}

export const ACCOUNTABLE_CHANNELS = [
  'catalogue',
  'sibling',
  'folder',
  'parentFolder',
  'domain',
  'team',
  'teamLead',
  'coMaintained',
  'nameWord',
  'ownerTeamMember',
  'teamMember',
] as const;
export const MAINTAINER_CHANNELS = ['gitFile', 'gitCreator', 'gitFolder', 'gitSibling', 'codeowners'] as const;
export type Channel = (typeof ACCOUNTABLE_CHANNELS)[number] | (typeof MAINTAINER_CHANNELS)[number];
/** Every channel, in the order of the model's weights. */
export const CHANNELS: readonly Channel[] = [...ACCOUNTABLE_CHANNELS, ...MAINTAINER_CHANNELS];

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
