// How the owners command tells the launcher (dist/cli.js) that the catalogue snapshot answered the call: the launcher
// then keeps the V8 code cache of this run, which compiled only what such a call needs (see launcher.ts).
export const ANSWERED_FROM_SNAPSHOT = Symbol.for('dclens.owners.answeredFromSnapshot');

/** Marks this process as answered from the snapshot. */
export function signalAnsweredFromSnapshot(): void {
  (globalThis as Record<symbol, unknown>)[ANSWERED_FROM_SNAPSHOT] = true;
}
