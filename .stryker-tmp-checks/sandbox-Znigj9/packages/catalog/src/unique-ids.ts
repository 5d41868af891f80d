/**
 * Hands out ids that are unique within one catalog: the base itself the first time, then
 * `base-2`, `base-3`, …. Counters are kept per base so that a spreadsheet where thousands of
 * rows share a name stays linear rather than quadratic.
 */
// @ts-nocheck

export class UniqueIds {
  private readonly taken = new Set<string>();
  private readonly next = new Map<string, number>();

  /** Marks an id as used without handing it out (ids written in the file itself). */
  reserve(id: string): void {
    this.taken.add(id);
  }

  /** A fresh id from `base`. */
  take(base: string): string {
    let id = base;
    if (this.taken.has(id)) {
      let n = this.next.get(base) ?? 2;
      while (this.taken.has(`${base}-${n}`)) n++;
      this.next.set(base, n + 1);
      id = `${base}-${n}`;
    }
    this.taken.add(id);
    return id;
  }
}
