// A small seeded random source so a generated organisation is the same on every run.
export class Random {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  /** mulberry32 */
  next(): number {
    let t = (this.state += 0x6d2b79f5);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }
  /** A date between two YYYY-MM-DD dates. */
  date(from: string, to: string): string {
    const a = Date.parse(from);
    const b = Date.parse(to);
    return new Date(a + Math.floor(this.next() * (b - a))).toISOString().slice(0, 10);
  }
}
