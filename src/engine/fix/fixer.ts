// Minimal, comment-preserving text edits on YAML source. Every method returns null when it cannot make a safe edit
// (flow style, missing nodes), so a rule offers no fix rather than a risky one.
import { isMap, isScalar, isSeq, Lexer, parse, type Document, type Node } from 'yaml';
import type { JsonPath, Position, Range, TextEdit } from '../types';
import type { ParsedDocument, ParsedFile } from '../parse/yaml-file';
import { locateIn } from '../parse/source-tree';
import { lineEnd } from '../parse/yaml-file';
import { locate } from '../parse/locate';

export class Fixer {
  private readonly eol: string;

  /**
   * `source` is the document, or a parsed document whose `yaml` document is read only when an edit needs it: the
   * edits of one scalar or key in plain YAML come from its source tree (see parseYamlFile).
   */
  constructor(
    private readonly file: ParsedFile,
    private readonly source: Document.Parsed | ParsedDocument,
  ) {
    this.eol = file.text.includes('\r\n') ? '\r\n' : '\n';
  }

  private get doc(): Document.Parsed {
    return isParsedDocument(this.source) ? this.source.doc : this.source;
  }

  /** Offsets of the plain or quoted scalar (or, with `key`, the key) at path in plain YAML; undefined otherwise. */
  private plainOffsets(path: JsonPath, key: boolean): [number, number] | undefined {
    if (!isParsedDocument(this.source) || !this.source.plain) return undefined;
    const found = locateIn(this.source.tree, path);
    if (key) return found.pair?.keyRange;
    const node = found.node;
    if (node?.kind !== 'scalar' || node.end === undefined) return undefined;
    // a block scalar's range runs on to the next line; the `yaml` document knows where
    const first = this.file.text[node.start];
    return first === '|' || first === '>' ? undefined : [node.start, node.end];
  }

  replaceText(range: Range, newText: string): TextEdit {
    return { range, newText };
  }

  insertText(position: Position, newText: string): TextEdit {
    return { range: { start: position, end: position }, newText };
  }

  /** Replaces the scalar at path with YAML text (already quoted if needed). */
  replaceValue(path: JsonPath, newText: string): TextEdit | null {
    const plain = this.plainOffsets(path, false);
    if (plain) return this.edit(plain[0], plain[1], newText);
    const { node } = locate(this.doc, path);
    if (!isScalar(node) || !node.range) return null;
    if (!node.tag || typeOfTag(node.tag) === undefined || typeOfTag(node.tag) === typeOfText(newText))
      return this.edit(node.range[0], node.range[1], newText);
    // A core tag (`!!str "true"`) would read the new text as the type it names, and the fix would change nothing:
    // the tag goes with the value it typed. An anchor written after it stays.
    const text = this.file.text;
    const lineStart = text.lastIndexOf('\n', node.range[0] - 1) + 1;
    const props = /(?:^|[ \t])((?:[&!][^\s]*[ \t]+)+)$/.exec(text.slice(lineStart, node.range[0]));
    const tag = props ? /(?:^|[ \t])(![^\s]*[ \t]+)/.exec(props[1]) : null;
    if (!props || !tag) return null;
    const tagStart =
      lineStart + props.index + props[0].length - props[1].length + tag.index + tag[0].length - tag[1].length;
    return this.edit(tagStart, node.range[1], text.slice(tagStart + tag[1].length, node.range[0]) + newText);
  }

  /** Swaps the source text of two scalars, so each keeps exactly how it was written (`.inf`, a 20-digit integer). */
  swapScalars(a: JsonPath, b: JsonPath): TextEdit[] | null {
    const first = locate(this.doc, a).node;
    const second = locate(this.doc, b).node;
    if (!isScalar(first) || !isScalar(second) || !first.range || !second.range) return null;
    const text = this.file.text;
    const x = text.slice(first.range[0], first.range[1]);
    const y = text.slice(second.range[0], second.range[1]);
    if (x.includes('\n') || y.includes('\n')) return null;
    return [this.edit(first.range[0], first.range[1], y), this.edit(second.range[0], second.range[1], x)];
  }

  /** Renames the key at the end of path, keeping its value, comments and position. */
  renameKey(path: JsonPath, newKey: string): TextEdit | null {
    const plain = this.plainOffsets(path, true);
    if (plain) return this.edit(plain[0], plain[1], newKey);
    const found = locate(this.doc, path);
    const key = found.pair?.key;
    if (!found.pair || !isScalar(key) || !key.range) return null;
    return this.edit(key.range[0], key.range[1], newKey);
  }

  /**
   * Appends entries to the block mapping at path. `yamlText` is written at indentation 0 (e.g. "required: true" or
   * "quality:\n  - metric: nullValues"); it is re-indented to the mapping's own indentation.
   */
  insertEntries(mapPath: JsonPath, yamlText: string): TextEdit | null {
    const node = mapPath.length === 0 ? (this.doc.contents as Node | null) : locate(this.doc, mapPath).node;
    if (!isMap(node) || node.flow || node.items.length === 0) return null;
    const firstKey = node.items[0].key;
    if (!isScalar(firstKey) || !firstKey.range || !node.range) return null;
    const indent = this.indentOfMap(Math.min(node.range[0], firstKey.range[0]));
    if (indent === null) return null;
    const last = node.items[node.items.length - 1];
    const lastEnd = (last.value as Node | null)?.range?.[1] ?? (isScalar(last.key) ? last.key.range?.[1] : undefined);
    if (lastEnd === undefined) return null;
    return this.insertAfterLineOf(lastEnd, this.indentBlock(yamlText, indent), node);
  }

  /** Appends an item to the block sequence at path; `itemYaml` is the item's body at indentation 0 (no dash). */
  appendToSequence(seqPath: JsonPath, itemYaml: string): TextEdit | null {
    const { node } = locate(this.doc, seqPath);
    if (!isSeq(node) || node.flow || node.items.length === 0) return null;
    const last = node.items[node.items.length - 1] as Node | null;
    if (!node.range || !last?.range || this.file.text[node.range[0]] !== '-') return null;
    // A block sequence starts at its first dash (a '-' in a comment on the first item's line is not one).
    const indent = this.columnOf(node.range[0]);
    return this.insertAfterLineOf(last.range[1], this.indentBlock(this.asSequenceItem(itemYaml), indent), node);
  }

  /** Adds an item under `key` of the map at mapPath: appends to an existing block sequence, or creates the key. */
  addSequenceItem(mapPath: JsonPath, key: string, itemYaml: string): TextEdit | null {
    const existing = locate(this.doc, [...mapPath, key]);
    if (existing.node && isSeq(existing.node)) return this.appendToSequence([...mapPath, key], itemYaml);
    if (existing.pair) return null; // key present with a non-sequence value: leave it to the user
    return this.insertEntries(mapPath, `${key}:\n${this.indentBlock(this.asSequenceItem(itemYaml), 2)}`);
  }

  /** Removes a whole block-mapping entry (its lines), keeping the lines around it. */
  removeEntry(path: JsonPath): TextEdit | null {
    const found = locate(this.doc, path);
    const key = found.pair?.key;
    if (!found.pair || !isScalar(key) || !key.range) return null;
    const text = this.file.text;
    // A byte-order mark before the first key is not part of its line: it stays.
    const start = Math.max(text.lastIndexOf('\n', key.range[0] - 1) + 1, text.startsWith('\uFEFF') ? 1 : 0);
    if (text.slice(start, key.range[0]).trim() !== '') return null; // not alone on its line
    const valueEnd = (found.pair.value as Node | null)?.range?.[1] ?? key.range[1];
    let end = lineEnd(text, Math.max(key.range[1], trimmedEnd(text, valueEnd) - 1));
    if (text[end] === '\r') end++;
    if (text[end] === '\n') end++;
    // Comments on the removed lines stay, each on its own line where the key was: they may say more than the key.
    const pad = ' '.repeat(this.columnOf(key.range[0]));
    const kept = commentsIn(text.slice(start, end))
      .map((c) => pad + c + this.eol)
      .join('');
    return this.edit(start, end, kept);
  }

  /**
   * Moves the entry at path under a new key written in its place, e.g. `validValues: [a, b]` becomes
   * `arguments:\n  validValues: [a, b]`. Every line of the entry after the first moves right with it, so a block
   * list at the key's column and a flow list over several lines stay the same value.
   */
  nestEntryUnderKey(path: JsonPath, newKey: string): TextEdit | null {
    const found = locate(this.doc, path);
    const key = found.pair?.key;
    if (!found.pair || !isScalar(key) || !key.range) return null;
    const text = this.file.text;
    const lineStart = text.lastIndexOf('\n', key.range[0] - 1) + 1;
    if (!/^[ ]*(?:-[ ]+)*$/.test(text.slice(lineStart, key.range[0]))) return null; // an anchor, a tag, `? `, flow
    const column = this.columnOf(key.range[0]);
    const valueEnd = (found.pair.value as Node | null)?.range?.[1] ?? key.range[1];
    const end = lineEnd(text, Math.max(key.range[1], trimmedEnd(text, valueEnd) - 1));
    const lines = text.slice(key.range[0], end).split('\n');
    // Lines already right of the new key stay as they are; a block list may stand at its key's column.
    const indents = lines
      .slice(1)
      .filter((l) => l.trim() !== '' && !l.trim().startsWith('#'))
      .map((l) => l.length - l.trimStart().length);
    const least = indents.length > 0 ? Math.min(...indents) : Infinity;
    const value = found.pair.value as Node | null;
    const fits = isSeq(value) && !value.flow ? least >= column + 2 : least > column + 2;
    const pad = fits ? '' : '  ';
    const body = lines.map((line, i) => (i === 0 || line.trim() === '' ? line : pad + line)).join('\n');
    return this.edit(key.range[0], end, `${newKey}:${this.eol}${' '.repeat(column + 2)}${body}`);
  }

  /**
   * Moves the block sequence at seqPath under a new key of a mapping in its place, e.g. `team:\n  - a` becomes
   * `team:\n  members:\n    - a`. The items (and comments between them) are re-indented, nothing else changes.
   */
  nestSequenceUnderKey(seqPath: JsonPath, key: string): TextEdit | null {
    const found = locate(this.doc, seqPath);
    const seq = found.node;
    const parentKey = found.pair?.key;
    if (!isSeq(seq) || seq.flow || seq.items.length === 0 || !seq.range || !isScalar(parentKey) || !parentKey.range)
      return null;
    const text = this.file.text;
    const keyColumn = this.columnOf(parentKey.range[0]);
    const firstLineStart = text.lastIndexOf('\n', seq.range[0] - 1) + 1;
    if (firstLineStart <= parentKey.range[0]) return null; // the items start on the key's own line
    const dashColumn = this.columnOf(text.lastIndexOf('-', seq.range[0]));
    const lastLineEnd = lineEnd(text, Math.max(firstLineStart, trimmedEnd(text, seq.range[1]) - 1));
    const shift = keyColumn + 4 - dashColumn;
    if (shift < 0) return null;
    const pad = ' '.repeat(shift);
    const body = text
      .slice(firstLineStart, lastLineEnd)
      .split('\n')
      .map((line) => (line.trim() === '' ? line : pad + line))
      .join('\n');
    const header = `${' '.repeat(keyColumn + 2)}${key}:${this.eol}`;
    return this.edit(firstLineStart, lastLineEnd, header + body);
  }

  private asSequenceItem(itemYaml: string): string {
    const lines = itemYaml.split('\n');
    return lines.map((line, i) => (i === 0 ? `- ${line}` : line === '' ? line : `  ${line}`)).join('\n');
  }

  private indentBlock(yamlText: string, indent: number): string {
    const pad = ' '.repeat(indent);
    return yamlText
      .split('\n')
      .map((line) => (line === '' ? line : pad + line))
      .join(this.eol);
  }

  private insertAfterLineOf(offset: number, block: string, collection?: Node): TextEdit {
    const text = this.file.text;
    // A block scalar that keeps its trailing newlines (`|+`) owns the blank lines after its text: insert after them.
    const leaf = collection ? lastLeaf(collection) : undefined;
    if (
      isScalar(leaf) &&
      leaf.range &&
      (leaf.type === 'BLOCK_LITERAL' || leaf.type === 'BLOCK_FOLDED') &&
      /^[|>][0-9]*\+/.test(text.slice(leaf.range[0]))
    ) {
      const at = leaf.range[1];
      if (at === text.length && !text.endsWith('\n')) return this.edit(at, at, this.eol + block);
      if (text[at - 1] === '\n') return this.edit(at, at, block + this.eol);
    }
    const end = lineEnd(text, Math.max(0, trimmedEnd(text, offset) - 1));
    return this.edit(end, end, this.eol + block);
  }

  /**
   * The indentation of a block mapping whose first key starts at `offset`: the column where its line's content
   * starts after any sequence dashes, so an anchor, a tag or a `? ` before the key is not taken for indentation.
   */
  private indentOfMap(offset: number): number | null {
    const text = this.file.text;
    // A byte-order mark is not indentation, nor a property of the key.
    const lineStart = Math.max(
      text.lastIndexOf('\n', offset - 1) + 1,
      text.startsWith('\uFEFF') ? Math.min(1, offset) : 0,
    );
    const prefix = text.slice(lineStart, offset);
    const lead = /^(?:[ ]*-(?=[ ]))*[ ]*/.exec(prefix)![0];
    const rest = prefix.slice(lead.length);
    // Only node properties or an explicit-key marker may stand between the indentation and the key.
    if (rest !== '' && !/^(?:(?:[&!][^\s]*|\?)[ ]+)+$/.test(rest)) return null;
    return this.columnOf(lineStart + lead.length);
  }

  private columnOf(offset: number): number {
    const { line, character } = this.file.positionAt(offset);
    // A byte-order mark is part of the first line's text but not of its indentation.
    return line === 0 && this.file.text.startsWith('\uFEFF') ? Math.max(0, character - 1) : character;
  }

  private edit(start: number, end: number, newText: string): TextEdit {
    return { range: { start: this.file.positionAt(start), end: this.file.positionAt(end) }, newText };
  }
}

/** The JavaScript type a core YAML tag gives a scalar, or undefined for another tag. */
function typeOfTag(tag: string): string | undefined {
  const core: Record<string, string> = { str: 'string', int: 'number', float: 'number', bool: 'boolean', null: 'null' };
  return tag.startsWith('tag:yaml.org,2002:') ? core[tag.slice('tag:yaml.org,2002:'.length)] : undefined;
}

/** The JavaScript type of a scalar written as YAML text. */
function typeOfText(yamlText: string): string {
  let value: unknown;
  try {
    value = parse(yamlText);
  } catch {
    return 'string';
  }
  return value === null ? 'null' : typeof value;
}

/** The offset just after the last non-whitespace character before `end`. */
function trimmedEnd(text: string, end: number): number {
  let e = end;
  while (e > 0 && /\s/.test(text[e - 1])) e--;
  return e;
}

/** The comments in a piece of YAML, in order. */
function commentsIn(yamlText: string): string[] {
  const out: string[] = [];
  for (const token of new Lexer().lex(yamlText)) if (token.startsWith('#')) out.push(token.trimEnd());
  return out;
}

/** The last node in text order of a block collection (the value of its last pair, recursively). */
function lastLeaf(node: Node): Node | undefined {
  let current: Node | undefined = node;
  for (let depth = 0; depth < 1000 && current; depth++) {
    if (isMap(current) && !current.flow) {
      const last = current.items[current.items.length - 1];
      current = (last?.value ?? last?.key) as Node | undefined;
    } else if (isSeq(current) && !current.flow) {
      current = current.items[current.items.length - 1] as Node | undefined;
    } else return current;
  }
  return current;
}

function isParsedDocument(source: Document.Parsed | ParsedDocument): source is ParsedDocument {
  return 'tree' in source;
}
