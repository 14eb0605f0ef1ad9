// Writes one YAML value in many layouts: indentation of 2 or 4, lists at or right of their key, block and flow
// collections (flow lists over several lines), comments before entries, after values, after a dash and inside flow
// lists, anchors, aliases and tags on keys and values, explicit `? ` keys, quoted keys, block scalars with every
// chomping indicator (and an indentation indicator), CRLF, a byte-order mark, document markers. Which layout each node
// gets is drawn from a seeded generator, so a seed and the flags below give back the same text.
import { seededRandom } from '../conformance/mutations';

export interface Scalar {
  kind: 'scalar';
  value: string | number | boolean | null;
  /** Exact YAML text to write (e.g. `"true"`, `.inf`); otherwise written from the value. */
  raw?: string;
  /** Free text that may be written as a block scalar. */
  prose?: boolean;
  anchor?: string;
}
export interface Alias {
  kind: 'alias';
  name: string;
}
export interface YMap {
  kind: 'map';
  entries: Array<[string, YNode]>;
  anchor?: string;
}
export interface YSeq {
  kind: 'seq';
  items: YNode[];
  anchor?: string;
}
export type YNode = Scalar | Alias | YMap | YSeq;

export const scalar = (value: Scalar['value'], extra: Partial<Scalar> = {}): Scalar => ({
  kind: 'scalar',
  value,
  ...extra,
});
export const raw = (text: string): Scalar => ({ kind: 'scalar', value: text, raw: text });
export const alias = (name: string): Alias => ({ kind: 'alias', name });
export const map = (entries: Array<[string, YNode | undefined]>, anchor?: string): YMap => ({
  kind: 'map',
  entries: entries.filter((e): e is [string, YNode] => e[1] !== undefined),
  ...(anchor ? { anchor } : {}),
});
export const seq = (items: YNode[], anchor?: string): YSeq => ({ kind: 'seq', items, ...(anchor ? { anchor } : {}) });

/** How a text is laid out; each probability is per node where the layout can apply. */
export interface Layout {
  indent: 2 | 4;
  /** Block lists written with their dashes at their key's column. */
  flushSequences: boolean;
  crlf: boolean;
  bom: boolean;
  /** `---` before each document and `...` after the last. */
  markers: boolean;
  comments: number;
  anchors: number;
  tags: number;
  explicitKeys: number;
  quotedKeys: number;
  flow: number;
  multilineFlow: number;
  blockScalars: number;
  /** A list item whose first line is a dash and a comment (`- # note - ask first`). */
  dashComments: number;
  /** Entries of a map in another order than given (the order of keys means nothing). */
  shuffle: number;
  /** Blank lines between entries, spaces after values, comments at another column than their entry. */
  blankLines: number;
  trailingSpaces: number;
  strayComments: number;
  /** More than one space after a list's dash (`-   name: x`). */
  wideDashes: number;
  seed: number;
}

export const PLAIN_LAYOUT: Layout = {
  indent: 2,
  flushSequences: false,
  crlf: false,
  bom: false,
  markers: false,
  comments: 0,
  anchors: 0,
  tags: 0,
  explicitKeys: 0,
  quotedKeys: 0,
  flow: 0,
  multilineFlow: 0,
  blockScalars: 0,
  dashComments: 0,
  shuffle: 0,
  blankLines: 0,
  trailingSpaces: 0,
  strayComments: 0,
  wideDashes: 0,
  seed: 1,
};

const COMMENT_TAILS = ['', ' - ask them first', ' key: value', " it's 'quoted'", ' #hash', ' [a, b]', ' - '];
const CHOMPING = ['|', '|-', '|+', '>', '>-', '>+'];

class Writer {
  private readonly rnd: () => number;
  private comment = 0;
  private anchor = 0;
  readonly lines: string[] = [];

  constructor(private readonly layout: Layout) {
    this.rnd = seededRandom(layout.seed);
  }

  private chance(p: number): boolean {
    return p > 0 && this.rnd() < p;
  }

  private pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.rnd() * list.length)];
  }

  private nextComment(): string {
    return `# c${++this.comment}${this.pick(COMMENT_TAILS)}`;
  }

  /** A trailing comment, with its leading space, or nothing. */
  private trailing(): string {
    const spaces = this.chance(this.layout.trailingSpaces) ? ' '.repeat(1 + Math.floor(this.rnd() * 3)) : '';
    return this.chance(this.layout.comments) ? `${spaces} ${this.nextComment()}` : spaces;
  }

  /** Lines before an entry or item: blank lines, and comments at its column or (stray) at another. */
  private before(pad: string, p: number): void {
    if (this.chance(this.layout.blankLines))
      this.lines.push(this.chance(0.5) ? '' : ' '.repeat(Math.floor(this.rnd() * 5)));
    if (this.chance(p)) this.lines.push(pad + this.nextComment());
    if (this.chance(this.layout.strayComments))
      this.lines.push(' '.repeat(Math.floor(this.rnd() * (pad.length + 3))) + this.nextComment());
  }

  private order<T>(items: readonly T[]): T[] {
    const out = [...items];
    if (!this.chance(this.layout.shuffle)) return out;
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(this.rnd() * (i + 1));
      [out[i], out[j]] = [out[j], out[i]];
    }
    return out;
  }

  /** Node properties written before a node: its own anchor, else sometimes an unused anchor or a tag. */
  private props(node: YNode): string {
    if (node.kind === 'alias') return '';
    if (node.anchor) return `&${node.anchor} `;
    if (this.chance(this.layout.anchors / 2)) return `&u${++this.anchor} `;
    if (this.chance(this.layout.tags)) {
      if (node.kind === 'map') return '!!map ';
      if (node.kind === 'seq') return '!!seq ';
      if (typeof node.value === 'string' && node.raw === undefined) return '!!str ';
    }
    return '';
  }

  private keyText(key: string): string {
    const props = this.chance(this.layout.anchors / 4)
      ? `&k${++this.anchor} `
      : this.chance(this.layout.tags / 2)
        ? '!!str '
        : '';
    const quoted = this.chance(this.layout.quotedKeys) ? (this.rnd() < 0.5 ? JSON.stringify(key) : `'${key}'`) : key;
    return props + quoted;
  }

  private inline(node: Scalar | Alias, flow: boolean): string {
    if (node.kind === 'alias') return `*${node.name}`;
    if (node.raw !== undefined) return node.raw;
    const v = node.value;
    if (typeof v !== 'string') return String(v);
    const plain =
      /^[A-Za-z_/][\w ./-]*$/.test(v) &&
      !/ $/.test(v) &&
      !/^(true|false|null|yes|no|on|off|~)$/i.test(v) &&
      !(flow && /[ ]/.test(v));
    if (plain && !this.chance(0.15)) return v;
    return this.rnd() < 0.5 || v.includes("'") || v.includes('\n') ? JSON.stringify(v) : `'${v}'`;
  }

  private flowText(node: YNode, indent: number, multiline: boolean): string {
    const props =
      node.kind === 'alias' || node.kind === 'scalar'
        ? node.kind === 'scalar' && node.anchor
          ? `&${node.anchor} `
          : ''
        : node.anchor
          ? `&${node.anchor} `
          : '';
    if (node.kind === 'scalar' || node.kind === 'alias') return props + this.inline(node, true);
    const parts =
      node.kind === 'map'
        ? node.entries.map(([k, v]) => `${k}: ${this.flowText(v, indent, false)}`)
        : node.items.map((v) => this.flowText(v, indent, false));
    const [open, close] = node.kind === 'map' ? ['{', '}'] : ['[', ']'];
    if (!multiline || parts.length < 2) return `${props}${open}${parts.join(', ')}${close}`;
    const pad = ' '.repeat(indent + this.layout.indent);
    const joined = parts.map((p, i) =>
      i === parts.length - 1 ? p : `${p},${this.chance(this.layout.comments) ? ` ${this.nextComment()}` : ''}`,
    );
    return `${props}${open}${joined.join(`\n${pad}`)}${close}`;
  }

  /** Whether a collection can be written in flow style: scalars and aliases only, at most one level deep. */
  private flowable(node: YMap | YSeq): boolean {
    const children = node.kind === 'map' ? node.entries.map((e) => e[1]) : node.items;
    return (
      children.length > 0 &&
      children.every((c) =>
        c.kind === 'scalar'
          ? !c.prose
          : c.kind === 'alias' || (c.kind === 'map' && c.entries.every((e) => e[1].kind === 'scalar')),
      )
    );
  }

  private push(text: string): void {
    this.lines.push(...text.split('\n'));
  }

  private blockScalar(header: string, value: string, contentIndent: number): void {
    const style = this.pick(CHOMPING);
    const indicator = this.chance(0.3) ? String(this.layout.indent) : '';
    const [mark, chomp] = [style[0], style.slice(1)];
    this.lines.push(`${header}${mark}${indicator}${chomp}${this.trailing()}`);
    const pad = ' '.repeat(contentIndent);
    for (const line of value.split('\n')) this.lines.push(line === '' ? '' : pad + line);
    if (chomp === '+') for (let i = Math.floor(this.rnd() * 3); i > 0; i--) this.lines.push('');
  }

  /** The entries of a block map whose keys stand at `indent`. */
  writeMap(node: YMap, indent: number): void {
    const pad = ' '.repeat(indent);
    const step = this.layout.indent;
    for (const [key, value] of this.order(node.entries)) {
      this.before(pad, this.layout.comments / 2);
      const k = this.keyText(key);
      if (value.kind === 'scalar' || value.kind === 'alias') {
        const props = this.props(value);
        if (
          value.kind === 'scalar' &&
          value.prose &&
          typeof value.value === 'string' &&
          this.chance(this.layout.blockScalars)
        ) {
          this.blockScalar(`${pad}${k}: ${props}`, value.value, indent + step);
        } else if (this.chance(this.layout.explicitKeys)) {
          this.lines.push(`${pad}? ${k}${this.trailing()}`);
          this.lines.push(`${pad}: ${props}${this.inline(value, false)}${this.trailing()}`);
        } else this.lines.push(`${pad}${k}: ${props}${this.inline(value, false)}${this.trailing()}`);
        continue;
      }
      const empty = value.kind === 'map' ? value.entries.length === 0 : value.items.length === 0;
      if (empty || (this.flowable(value) && this.chance(this.layout.flow))) {
        const withTag =
          !value.anchor && this.chance(this.layout.tags) ? (value.kind === 'map' ? '!!map ' : '!!seq ') : '';
        this.push(
          `${pad}${k}: ${withTag}${this.flowText(value, indent, this.chance(this.layout.multilineFlow))}${this.trailing()}`,
        );
        continue;
      }
      const props = this.props(value).trimEnd();
      this.lines.push(`${pad}${k}:${props ? ` ${props}` : ''}${this.trailing()}`);
      if (value.kind === 'map') this.writeMap(value, indent + step);
      else this.writeSeq(value, this.layout.flushSequences ? indent : indent + step);
    }
  }

  /** The items of a block list whose dashes stand at `indent`. */
  writeSeq(node: YSeq, indent: number): void {
    const pad = ' '.repeat(indent);
    for (const item of node.items) {
      this.before(pad, this.layout.comments / 3);
      if (item.kind === 'scalar' || item.kind === 'alias') {
        const props = this.props(item);
        if (
          item.kind === 'scalar' &&
          item.prose &&
          typeof item.value === 'string' &&
          this.chance(this.layout.blockScalars)
        ) {
          this.blockScalar(`${pad}- ${props}`, item.value, indent + 2 + this.layout.indent);
        } else this.lines.push(`${pad}- ${props}${this.inline(item, false)}${this.trailing()}`);
        continue;
      }
      if (
        item.kind === 'seq' ||
        item.entries.length === 0 ||
        (this.flowable(item) && this.chance(this.layout.flow / 2))
      ) {
        this.push(`${pad}- ${this.flowText(item, indent, this.chance(this.layout.multilineFlow))}${this.trailing()}`);
        continue;
      }
      const width = this.chance(this.layout.wideDashes) ? 2 + Math.floor(this.rnd() * 3) : 2;
      const props = this.props(item).trimEnd();
      if (props || this.chance(this.layout.dashComments)) {
        // The dash on a line of its own, with the item's properties and/or a comment.
        const comment = this.chance(this.layout.dashComments) || !props ? ` ${this.nextComment()}` : '';
        this.lines.push(`${pad}-${props ? ` ${props}` : ''}${comment}`);
        this.writeMap(item, indent + width);
        continue;
      }
      const from = this.lines.length;
      this.writeMap(item, indent + width);
      // The first line of the item goes on the dash line (a comment there reads `- # note`); blank lines and stray
      // comments before it stay above the dash.
      let first = from;
      while (
        first < this.lines.length - 1 &&
        (this.lines[first].trim() === '' ||
          !this.lines[first].startsWith(' '.repeat(indent + width)) ||
          this.lines[first][indent + width] === ' ')
      )
        first++;
      this.lines[first] = `${pad}-${' '.repeat(width - 1)}${this.lines[first].slice(indent + width)}`;
    }
  }

  writeDocumentComment(): void {
    if (this.chance(this.layout.comments)) this.lines.push(this.nextComment());
  }
}

/** Writes the documents as one YAML text in the layout. */
export function writeYaml(documents: readonly YMap[], layout: Layout): string {
  const w = new Writer(layout);
  documents.forEach((doc, i) => {
    if (layout.markers || i > 0) w.lines.push('---');
    w.writeDocumentComment();
    w.writeMap(doc, 0);
  });
  w.writeDocumentComment();
  if (layout.markers) w.lines.push('...');
  const eol = layout.crlf ? '\r\n' : '\n';
  return (layout.bom ? '\uFEFF' : '') + w.lines.map((l) => `${l}${eol}`).join('');
}
