// Minimal, comment-preserving text edits on YAML source. Every method returns null when it cannot make a safe edit
// (flow style, missing nodes), so a rule offers no fix rather than a risky one.
import { isMap, isScalar, isSeq, type Document, type Node } from 'yaml';
import type { JsonPath, Position, Range, TextEdit } from '../types';
import type { ParsedFile } from '../parse/yaml-file';
import { lineEnd } from '../parse/yaml-file';
import { locate } from '../parse/locate';

export class Fixer {
  private readonly eol: string;

  constructor(private readonly file: ParsedFile, private readonly doc: Document.Parsed) {
    this.eol = file.text.includes('\r\n') ? '\r\n' : '\n';
  }

  replaceText(range: Range, newText: string): TextEdit {
    return { range, newText };
  }

  insertText(position: Position, newText: string): TextEdit {
    return { range: { start: position, end: position }, newText };
  }

  /** Replaces the scalar at path with YAML text (already quoted if needed). */
  replaceValue(path: JsonPath, newText: string): TextEdit | null {
    const { node } = locate(this.doc, path);
    if (!isScalar(node) || !node.range) return null;
    return this.edit(node.range[0], node.range[1], newText);
  }

  /** Renames the key at the end of path, keeping its value, comments and position. */
  renameKey(path: JsonPath, newKey: string): TextEdit | null {
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
    if (!isScalar(firstKey) || !firstKey.range) return null;
    const indent = this.columnOf(firstKey.range[0]);
    const last = node.items[node.items.length - 1];
    const lastEnd = (last.value as Node | null)?.range?.[1] ?? (isScalar(last.key) ? last.key.range?.[1] : undefined);
    if (lastEnd === undefined) return null;
    return this.insertAfterLineOf(lastEnd, this.indentBlock(yamlText, indent));
  }

  /** Appends an item to the block sequence at path; `itemYaml` is the item's body at indentation 0 (no dash). */
  appendToSequence(seqPath: JsonPath, itemYaml: string): TextEdit | null {
    const { node } = locate(this.doc, seqPath);
    if (!isSeq(node) || node.flow || node.items.length === 0) return null;
    const first = node.items[0] as Node | null;
    const last = node.items[node.items.length - 1] as Node | null;
    if (!first?.range || !last?.range) return null;
    const dash = this.file.text.lastIndexOf('-', first.range[0]);
    const indent = this.columnOf(dash);
    return this.insertAfterLineOf(last.range[1], this.indentBlock(this.asSequenceItem(itemYaml), indent));
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
    const start = text.lastIndexOf('\n', key.range[0] - 1) + 1;
    if (text.slice(start, key.range[0]).trim() !== '') return null; // not alone on its line
    const valueEnd = (found.pair.value as Node | null)?.range?.[1] ?? key.range[1];
    let end = lineEnd(text, Math.max(key.range[1], trimmedEnd(text, valueEnd) - 1));
    if (text[end] === '\r') end++;
    if (text[end] === '\n') end++;
    return this.edit(start, end, '');
  }

  /**
   * Moves the block sequence at seqPath under a new key of a mapping in its place, e.g. `team:\n  - a` becomes
   * `team:\n  members:\n    - a`. The items (and comments between them) are re-indented, nothing else changes.
   */
  nestSequenceUnderKey(seqPath: JsonPath, key: string): TextEdit | null {
    const found = locate(this.doc, seqPath);
    const seq = found.node;
    const parentKey = found.pair?.key;
    if (!isSeq(seq) || seq.flow || seq.items.length === 0 || !seq.range || !isScalar(parentKey) || !parentKey.range) return null;
    const text = this.file.text;
    const keyColumn = this.columnOf(parentKey.range[0]);
    const firstLineStart = text.lastIndexOf('\n', seq.range[0] - 1) + 1;
    if (firstLineStart <= parentKey.range[0]) return null; // the items start on the key's own line
    const dashColumn = this.columnOf(text.lastIndexOf('-', seq.range[0]));
    const lastLineEnd = lineEnd(text, Math.max(firstLineStart, trimmedEnd(text, seq.range[1]) - 1));
    const shift = keyColumn + 4 - dashColumn;
    if (shift < 0) return null;
    const pad = ' '.repeat(shift);
    const body = text.slice(firstLineStart, lastLineEnd).split('\n').map((line) => (line.trim() === '' ? line : pad + line)).join('\n');
    const header = `${' '.repeat(keyColumn + 2)}${key}:${this.eol}`;
    return this.edit(firstLineStart, lastLineEnd, header + body);
  }

  private asSequenceItem(itemYaml: string): string {
    const lines = itemYaml.split('\n');
    return lines.map((line, i) => (i === 0 ? `- ${line}` : line === '' ? line : `  ${line}`)).join('\n');
  }

  private indentBlock(yamlText: string, indent: number): string {
    const pad = ' '.repeat(indent);
    return yamlText.split('\n').map((line) => (line === '' ? line : pad + line)).join(this.eol);
  }

  private insertAfterLineOf(offset: number, block: string): TextEdit {
    const text = this.file.text;
    const end = lineEnd(text, Math.max(0, trimmedEnd(text, offset) - 1));
    return this.edit(end, end, this.eol + block);
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

/** The offset just after the last non-whitespace character before `end`. */
function trimmedEnd(text: string, end: number): number {
  let e = end;
  while (e > 0 && /\s/.test(text[e - 1])) e--;
  return e;
}
