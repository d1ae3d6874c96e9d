/**
 * One way back. `Ctx` is what a revert writes with (the write context); the log stays generic so it
 * knows nothing of how writes are made, and writeContext can own it without an import circle.
 */
export interface UndoEntry<Ctx> {
  /** What the user will read: "Gezinslid Noor toegevoegd". */
  description: string;
  familyId: string | null;
  revert(ctx: Ctx): void;
}

/**
 * The way back from the last changes of this unlock session. Kept in memory only (it holds vault
 * content) and cleared on lock. Bounded, so a long meeting cannot grow it without limit.
 */
export class UndoLog<Ctx> {
  private readonly entries: UndoEntry<Ctx>[] = [];
  constructor(private readonly limit = 50) {}

  push(entry: UndoEntry<Ctx>): void {
    this.entries.push(entry);
    if (this.entries.length > this.limit) this.entries.shift();
  }

  pop(): UndoEntry<Ctx> | undefined {
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
