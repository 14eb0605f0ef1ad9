// Reads a contract file as the editor shows it: the encoding YAML allows, a byte-order mark and CR-only line ends.
import { readFileSync } from 'node:fs';
import { CliError } from './command';

export interface ContractText {
  /** The text as the engine reads it. */
  text: string;
  /** The text to write back for a (fixed) engine text, in the file's own form. */
  restore(text: string): string;
  /**
   * Set when the file must never be written: what it is instead of UTF-8 text ('not UTF-8 text', 'UTF-16 text',
   * 'UTF-32 text'). Writing it back as UTF-8 would change bytes no fix touched.
   */
  notUtf8?: string;
}

/** A warning for a file --fix or format leaves as it is because it is not UTF-8; `use` names what needs UTF-8. */
export function notChangedWarning(relative: string, notUtf8: string, use: string): string {
  return `not changed: ${relative} is ${notUtf8}; save it as UTF-8 to ${use}`;
}

/**
 * Decodes a file's bytes. UTF-8 is decoded strictly (a byte-order mark is kept in the text). UTF-16 and UTF-32,
 * which YAML allows, are recognised by their byte-order mark, or by the zero bytes of a first ASCII character as
 * YAML 1.2 describes, and decoded. Anything else is not UTF-8 text: it is decoded leniently (each invalid byte
 * read as U+FFFD) so it can still be linted, and `notUtf8` says it must not be written back.
 */
export function decodeContractBytes(bytes: Uint8Array): { text: string; notUtf8?: string } {
  const [b0, b1, b2, b3] = [bytes[0], bytes[1], bytes[2], bytes[3]];
  const utf32be = (b0 === 0 && b1 === 0 && b2 === 0xfe && b3 === 0xff) || (b0 === 0 && b1 === 0 && b2 === 0 && b3 > 0);
  const utf32le = (b0 === 0xff && b1 === 0xfe && b2 === 0 && b3 === 0) || (b0 > 0 && b1 === 0 && b2 === 0 && b3 === 0);
  if (utf32be || utf32le) {
    const text = decodeUtf32(bytes, utf32le);
    if (text !== undefined) return { text, notUtf8: 'UTF-32 text' };
  } else {
    const utf16be = (b0 === 0xfe && b1 === 0xff) || (b0 === 0 && b1 > 0 && b2 === 0 && b3 > 0);
    const utf16le = (b0 === 0xff && b1 === 0xfe) || (b0 > 0 && b1 === 0 && b2 > 0 && b3 === 0);
    if (utf16be || utf16le) {
      try {
        return {
          text: new TextDecoder(utf16le ? 'utf-16le' : 'utf-16be', { fatal: true }).decode(bytes),
          notUtf8: 'UTF-16 text',
        };
      } catch {
        // not valid UTF-16 either: read below as bytes that are not UTF-8
      }
    }
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes) };
  } catch {
    return { text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes), notUtf8: 'not UTF-8 text' };
  }
}

function decodeUtf32(bytes: Uint8Array, littleEndian: boolean): string | undefined {
  if (bytes.length % 4 !== 0) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let text = '';
  let chunk: number[] = [];
  for (let i = 0; i < bytes.length; i += 4) {
    const code = view.getUint32(i, littleEndian);
    if (code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return undefined;
    if (i === 0 && code === 0xfeff) continue;
    chunk.push(code);
    if (chunk.length === 8192) {
      text += String.fromCodePoint(...chunk);
      chunk = [];
    }
  }
  return text + String.fromCodePoint(...chunk);
}

/**
 * Reads a file as editors show it. A byte-order mark is hidden, so columns are counted without it; classic Mac
 * line ends (CR alone, a line break in YAML 1.2 that the parser does not take) are read as line feeds, so such a
 * file is linted line by line instead of as one line. `restore` puts both back for --fix; CRLF line ends are read
 * and written as they are. A NUL byte is linted like any other character: a contract is never skipped for holding
 * one. A file that is not UTF-8 is read as well as it can be and marked `notUtf8` (see decodeContractBytes).
 */
export function readContractText(absolute: string, relative: string, bytes?: Uint8Array): ContractText {
  let decoded: { text: string; notUtf8?: string };
  try {
    decoded = decodeContractBytes(bytes ?? readFileSync(absolute));
  } catch (error) {
    throw new CliError(`cannot read ${relative} (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  let text = decoded.text;
  const bom = text.startsWith('\uFEFF') ? '\uFEFF' : '';
  if (bom) text = text.slice(1);
  const crOnly = text.includes('\r') && !text.includes('\n');
  if (crOnly) text = text.replace(/\r/g, '\n');
  return { text, restore: (t) => bom + (crOnly ? t.replace(/\r?\n/g, '\r') : t), notUtf8: decoded.notUtf8 };
}
