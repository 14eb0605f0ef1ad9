// Plain-English wording for the YAML parser's error codes.

const PLAIN: Record<string, string> = {
  TAB_AS_INDENT: 'Indent with spaces: YAML does not allow tabs for indentation.',
  BAD_INDENT: 'Align the indentation here with the lines around it.',
  MISSING_CHAR: 'Add the missing closing quote or bracket.',
  DUPLICATE_KEY:
    'Remove or rename this key: it appears twice in the block, and the second one silently replaces the first.',
  BLOCK_AS_IMPLICIT_KEY: "Quote this value if it contains ': ', or remove the stray ':'.",
  MULTILINE_IMPLICIT_KEY: 'Check the quotes and colons here: a key must fit on one line.',
  UNEXPECTED_TOKEN: 'Check the indentation and any unquoted special characters: this text is unexpected here.',
  BAD_SCALAR_START: 'Quote this value: a plain value cannot start with this character.',
  MISSING_ANCHOR: 'Define the anchor this alias refers to above it, or remove the alias.',
  BAD_ALIAS: 'Fix this alias: it is not valid.',
  BAD_DIRECTIVE: 'Fix or remove this directive: it is not valid YAML.',
  BAD_DQ_ESCAPE: 'Fix this escape sequence: it is not valid inside double quotes.',
  IMPOSSIBLE: 'Fix this text: it cannot be read as YAML.',
  KEY_OVER_1024_CHARS: 'Make this key shorter: YAML allows at most 1,024 characters.',
  TAG_RESOLVE_FAILED: 'Fix the value or its YAML tag: they do not fit.',
  UNEXPECTED_SCALAR_AT_NODE_END: 'Check the indentation: there is unexpected text after the value.',
  UNEXPECTED_FLOW_SCALAR: 'Check the commas and quotes: this value inside brackets is unexpected.',
  BAD_COLLECTION_TYPE: 'Fix this collection type: it is not valid here.',
  ALIAS_PROPS: 'Remove the anchor or tag from this alias: an alias cannot have them.',
  NON_STRING_KEY: 'Write this key as plain text.',
};

/** Parser details that the plain message already says in other words. */
const SAID: Record<string, RegExp> = {
  TAB_AS_INDENT: /^Tabs are not allowed as indentation$/,
  BAD_INDENT: /^All mapping items must start at the same column$/,
  DUPLICATE_KEY: /^Map keys must be unique$/,
  BLOCK_AS_IMPLICIT_KEY: /^Nested mappings are not allowed in compact mappings$/,
  MULTILINE_IMPLICIT_KEY: /^Implicit keys need to be on a single line$/,
};

/** The parser's own words: its first line, without the position it repeats. */
function parserWords(parserMessage: string): string {
  return parserMessage
    .split('\n')[0]
    .replace(/ at line \d+, column \d+:?$/, '')
    .trim();
}

/** The parser reports several different things as a missing character: say which one, in its own words. */
const MISSING: Array<[RegExp, string]> = [
  [/quote/i, 'Close this quoted value: add the closing quote.'],
  [/Implicit map keys need to be followed by map values/i, "Add ':' and a value after this key, or remove the text."],
  [/Missing space after :/i, "Put a space after ':' between the key and its value."],
  [/Missing ,( or :)? between/i, 'Separate the items inside the brackets with commas.'],
  [/Comments must be separated/i, "Put a space before '#': a comment needs space before it."],
  [/Tags and anchors must be separated/i, 'Put a space after the tag or anchor.'],
  [/Sequence item without - indicator/i, "Start this list item with '- '."],
  [/must end with a/i, "Add the closing ']' or '}' that ends this list or map."],
];

/** A short plain message, action first; the parser's own words go to the detail (`yamlParserDetail`). */
export function plainYamlMessage(code: string, parserMessage: string): string {
  if (code === 'MISSING_CHAR') {
    const words = parserWords(parserMessage);
    const said = MISSING.find(([pattern]) => pattern.test(words));
    if (said) return said[1];
  }
  return PLAIN[code] ?? 'Fix this YAML syntax error.';
}

/** What the parser said, when the plain message does not say it already. */
export function yamlParserDetail(code: string, parserMessage: string): string | undefined {
  const words = parserWords(parserMessage);
  if (!words) return undefined;
  if (code === 'MISSING_CHAR' && MISSING.some(([pattern]) => pattern.test(words))) return undefined;
  const plain = PLAIN[code];
  if (plain && (SAID[code]?.test(words) || plain.toLowerCase().includes(words.toLowerCase()))) return undefined;
  return `The YAML parser says: ${words.replace(/\.$/, '')}.`;
}

/** A line that starts with '-' and a word: a list item missing the space after its dash. */
export const DASH_WITHOUT_SPACE = /^-[A-Za-z_"'[{]/;

export function dashWithoutSpaceMessage(word: string): string {
  return `Put a space after '-' to start a list item: without it, '${word}' is not a list item.`;
}
