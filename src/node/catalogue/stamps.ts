// A file's stamp: what identifies its state without reading it. Shared by the CLI's cache files.
import type { Stats } from 'node:fs';

export interface FileStamp {
  size: number;
  mtimeMs: number;
  ctimeMs: number;
  ino: number;
}

export const stampOf = (s: Stats): FileStamp => ({ size: s.size, mtimeMs: s.mtimeMs, ctimeMs: s.ctimeMs, ino: s.ino });

export const sameStamp = (a: FileStamp | undefined, b: FileStamp): boolean =>
  !!a && a.size === b.size && a.mtimeMs === b.mtimeMs && a.ctimeMs === b.ctimeMs && a.ino === b.ino;

/**
 * Whether a stamp was already there `racyMs` before `checkedAt` (when a cache was written): a later write would have
 * changed it. A stamp closer than that could hide a write in the same clock tick (file system times can be as coarse
 * as 2 s), so it proves nothing.
 */
export const stampBefore = (stamp: FileStamp, checkedAt: number, racyMs: number): boolean =>
  stamp.ctimeMs < checkedAt - racyMs && stamp.mtimeMs < checkedAt - racyMs;

/** A short, stable name for a text (a folder name per workspace root): two FNV-1a-style 32-bit hashes, 16 hex digits. */
export function nameHash(text: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x050c5d1f;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ c, 0x01000193) >>> 0;
    h2 = (h2 ^ (h1 >>> 13)) >>> 0;
  }
  return h1.toString(16).padStart(8, '0') + h2.toString(16).padStart(8, '0');
}

/** A temporary file name beside `file`, unique to this process and call. */
export const tempNameFor = (file: string): string =>
  `${file}.${process.pid}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 10)}.tmp`;
