/** Timer functions, injectable so tests drive auto-lock without waiting. */
export interface Timers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const realTimers: Timers = {
  setTimeout(callback, ms) {
    const handle = setTimeout(callback, ms);
    // The idle timer must never keep a CLI or test process alive.
    handle.unref();
    return handle;
  },
  clearTimeout(handle) {
    clearTimeout(handle as ReturnType<typeof setTimeout>);
  },
};

/**
 * Fires `onIdle` once `minutes` have passed since the last `touch()`. If a timer fires early
 * (clock adjustments, coarse timers), it re-arms for the remainder.
 */
export class IdleTimer {
  private handle: unknown = null;
  private deadline: number | null = null;

  constructor(
    private readonly now: () => Date,
    private readonly timers: Timers,
    private readonly onIdle: () => void,
  ) {}

  touch(minutes: number): Date {
    this.deadline = this.now().getTime() + minutes * 60_000;
    this.arm();
    return new Date(this.deadline);
  }

  lockAt(): Date | null {
    return this.deadline === null ? null : new Date(this.deadline);
  }

  stop(): void {
    if (this.handle !== null) this.timers.clearTimeout(this.handle);
    this.handle = null;
    this.deadline = null;
  }

  private arm(): void {
    if (this.handle !== null) this.timers.clearTimeout(this.handle);
    if (this.deadline === null) return;
    const remaining = Math.max(0, this.deadline - this.now().getTime());
    this.handle = this.timers.setTimeout(() => this.fire(), remaining);
  }

  private fire(): void {
    this.handle = null;
    if (this.deadline === null) return;
    if (this.now().getTime() >= this.deadline) {
      this.deadline = null;
      this.onIdle();
    } else {
      this.arm();
    }
  }
}
