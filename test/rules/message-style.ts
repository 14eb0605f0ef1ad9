// What a message must look like in the Problems panel: short, action first, no backticks.

export const LIMIT = 120;

/** The verbs a message may open with: each tells the reader what to do. */
export const ACTION_VERBS = new Set([
  'Add',
  'Align',
  'Check',
  'Choose',
  'Classify',
  'Close',
  'Convert',
  'Correct',
  'Declare',
  'Define',
  'Describe',
  'Drop',
  'Expand',
  'Fill',
  'Fix',
  'Flatten',
  'Give',
  'Indent',
  'Keep',
  'List',
  'Make',
  'Mark',
  'Merge',
  'Migrate',
  'Move',
  'Name',
  'Point',
  'Put',
  'Quote',
  'Record',
  'Remove',
  'Rename',
  'Renumber',
  'Replace',
  'Rewrite',
  'Say',
  'Set',
  'Split',
  'Swap',
  'Switch',
  'Use',
  'Write',
]);

/** What is wrong with one message, or undefined when it reads well in the Problems panel. */
export function messageProblem(text: string): string | undefined {
  if (text.length > LIMIT) return `${text.length} characters (over ${LIMIT})`;
  if (text.includes('`')) return 'has a backtick';
  const first = /^[A-Za-z]+/.exec(text)?.[0] ?? '';
  if (!ACTION_VERBS.has(first)) return `starts with '${first}', not an action`;
  return undefined;
}
