// Plain-English wording for the YAML parser's error codes.

const PLAIN: Record<string, string> = {
  TAB_AS_INDENT: 'YAML does not allow tabs for indentation; indent with spaces.',
  BAD_INDENT: 'The indentation here does not line up with the lines around it.',
  MISSING_CHAR: 'A closing quote or bracket is missing.',
  DUPLICATE_KEY: 'This key appears twice in the same block; the second one silently replaces the first.',
  BLOCK_AS_IMPLICIT_KEY: "There is a stray ':' here; put the value in quotes if it contains ': '.",
  MULTILINE_IMPLICIT_KEY: 'A key must fit on one line; a value may be missing its quotes or a line its colon.',
  UNEXPECTED_TOKEN: 'Unexpected text here; check the indentation and any unquoted special characters.',
  BAD_SCALAR_START: 'A plain value cannot start with this character; put the value in quotes.',
  MISSING_ANCHOR: 'This alias refers to an anchor that is not defined above it.',
  BAD_ALIAS: 'This alias is not valid.',
  BAD_DIRECTIVE: 'This directive is not valid YAML.',
  BAD_DQ_ESCAPE: 'This escape sequence is not valid inside double quotes.',
  IMPOSSIBLE: 'This text cannot be read as YAML.',
  KEY_OVER_1024_CHARS: 'This key is longer than the 1,024 characters YAML allows.',
  TAG_RESOLVE_FAILED: 'The value does not fit its YAML tag.',
  UNEXPECTED_SCALAR_AT_NODE_END: 'Unexpected text after the value; check the indentation.',
  UNEXPECTED_FLOW_SCALAR: 'Unexpected value inside brackets; check commas and quotes.',
  BAD_COLLECTION_TYPE: 'This collection type is not valid here.',
  ALIAS_PROPS: 'An alias cannot have an anchor or a tag.',
  NON_STRING_KEY: 'Keys must be plain text.',
};

/** Parser details that the plain message already says in other words. */
const SAID: Record<string, RegExp> = {
  TAB_AS_INDENT: /^Tabs are not allowed as indentation$/,
  BAD_INDENT: /^All mapping items must start at the same column$/,
  DUPLICATE_KEY: /^Map keys must be unique$/,
  BLOCK_AS_IMPLICIT_KEY: /^Nested mappings are not allowed in compact mappings$/,
  MULTILINE_IMPLICIT_KEY: /^Implicit keys need to be on a single line$/,
};

/** A short plain message first, then the parser's own detail (its first line, without the position it repeats). */
export function plainYamlMessage(code: string, parserMessage: string): string {
  const detail = parserMessage
    .split('\n')[0]
    .replace(/ at line \d+, column \d+:?$/, '')
    .trim();
  const plain = PLAIN[code];
  if (code === 'MISSING_CHAR' && /quote/i.test(detail))
    return 'This quoted value is never closed; add the closing quote.';
  if (!plain) return `YAML syntax error: ${detail}.`;
  const said = SAID[code]?.test(detail) || plain.toLowerCase().includes(detail.toLowerCase());
  return detail && !said ? `${plain} (${detail})` : plain;
}

/** A line that starts with '-' and a word: a list item missing the space after its dash. */
export const DASH_WITHOUT_SPACE = /^-[A-Za-z_"'[{]/;

export function dashWithoutSpaceMessage(word: string): string {
  return `Put a space after '-' to start a list item; without the space, '${word}' is not a list item.`;
}
