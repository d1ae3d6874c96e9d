import type { WriteContext } from './writeContext';

export interface UndoEntry {
  /** What the user will read: "Gezinslid Noor toegevoegd". */
  description: string;
  familyId: string | null;
  revert(ctx: WriteContext): void;
}

/**
 * The way back from the last changes of this unlock session. Kept in memory only (it holds vault
 * content) and cleared on lock. Bounded, so a long meeting cannot grow it without limit.
 */
export class UndoLog {
  private readonly entries: UndoEntry[] = [];
  constructor(private readonly limit = 50) {}

  push(entry: UndoEntry): void {
    this.entries.push(entry);
    if (this.entries.length > this.limit) this.entries.shift();
  }

  pop(): UndoEntry | undefined {
    return this.entries.pop();
  }

  get size(): number {
    return this.entries.length;
  }

  /**
   * Drops every entry of one family (after its destruction): an undo must never bring destroyed
   * data back, and the entries hold its content in memory. Returns how many were dropped.
   */
  purgeFamily(familyId: string): number {
    const before = this.entries.length;
    const kept = this.entries.filter((e) => e.familyId !== familyId);
    this.entries.length = 0;
    this.entries.push(...kept);
    return before - kept.length;
  }

  clear(): void {
    this.entries.length = 0;
  }
}
