// The words of a change: what happened first, then what it means for the perspective asked for, in at most
// 120 characters when the names allow it; the names people wrote are never shortened.
import type { Found, Quote } from './found';
import type { ChangeLevel, ChangeType, Perspective } from './types';

export const MAX_MESSAGE_LENGTH = 120;

const CONSUMER: Partial<Record<ChangeType, string>> = {
  'object-removed': 'consumers that read it will fail',
  'property-removed': 'consumers that read it will fail',
  'object-renamed': 'consumers using the old name will fail',
  'property-renamed': 'consumers using the old name will fail',
  'logical-type-changed': 'consumers may fail to read the values',
  'physical-type-changed': 'consumers may fail to read the values',
  'required-relaxed': 'consumers may now get empty values',
  'unique-relaxed': 'consumers may now get duplicates',
  'range-widened': 'consumers may get values they do not expect',
  'valid-values-widened': 'consumers may get values they do not expect',
  'quality-removed': 'consumers lose a quality guarantee',
  'quality-loosened': 'consumers lose part of a guarantee',
  'sla-removed': 'consumers lose a service promise',
  'sla-loosened': 'consumers get a weaker service promise',
  'primary-key-changed': 'joins and deduplication may change',
  'server-changed': 'consumers may need to read from elsewhere',
  'classification-changed': 'who may read it, and how, may change',
  'status-changed': 'consumers should plan to move away',
};

const PRODUCER: Partial<Record<ChangeType, string>> = {
  'object-added': 'producers must now supply it',
  'property-added': 'producers must now write it',
  'object-renamed': 'producers must write the new name',
  'property-renamed': 'producers must write the new name',
  'logical-type-changed': 'producers must write the new type',
  'physical-type-changed': 'producers must write the new type',
  'required-tightened': 'data with empty values breaks the contract',
  'unique-tightened': 'data with duplicates breaks the contract',
  'range-narrowed': 'data written today may fall outside it',
  'valid-values-narrowed': 'data written today may use a value no longer allowed',
  'quality-added': 'data written today may fail it',
  'quality-tightened': 'data written today may fail it',
  'sla-added': 'producers must now keep it',
  'sla-tightened': 'producers must now deliver more',
  'primary-key-changed': 'the key producers must keep unique changed',
  'server-changed': 'producers may need to write elsewhere',
  'classification-changed': 'how the data must be handled may change',
};

/** An unordered change is judged the worse way: its impact is said for either side. */
const EITHER_WAY = 'it may break readers and writers alike';

function impact(found: Found, level: ChangeLevel, perspective: Perspective): string | undefined {
  if (level === 'info') return undefined;
  if (found.unordered) return EITHER_WAY;
  return (perspective === 'consumer' ? CONSUMER : PRODUCER)[found.type];
}

/** Names are quoted in full: a shortened name ("establishme…") can match two columns or none. */
const quote: Quote = (name) => `'${name}'`;

/**
 * What happened, then what it means when the whole fits in MAX_MESSAGE_LENGTH; with long names the meaning is left
 * out rather than a name shortened, so a message may then be longer.
 */
export function messageOf(found: Found, level: ChangeLevel, perspective: Perspective): string {
  const tail = impact(found, level, perspective);
  const what = found.what(quote);
  if (tail && what.length + tail.length + 3 <= MAX_MESSAGE_LENGTH) return `${what}; ${tail}.`;
  return `${what}.`;
}
