/**
 * Emulated time. Timestamps are wall-clock; every emulated delay (health-check intervals, task start-up,
 * deregistration delay, cooldowns) goes through `delay`/`schedule`, which divide it by `timeScale`.
 * With timeScale 10, a 30 s health-check interval takes 3 s of real time.
 */
export class Clock {
  private timers = new Set<NodeJS.Timeout>();
  constructor(public timeScale = 1) {}

  now(): Date {
    return new Date();
  }

  /** Real milliseconds that an emulated duration takes. */
  real(ms: number): number {
    return Math.max(0, Math.round(ms / this.timeScale));
  }

  schedule(emulatedMs: number, fn: () => void): () => void {
    const t = setTimeout(() => {
      this.timers.delete(t);
      fn();
    }, this.real(emulatedMs));
    t.unref?.();
    this.timers.add(t);
    return () => {
      clearTimeout(t);
      this.timers.delete(t);
    };
  }

  delay(emulatedMs: number): Promise<void> {
    return new Promise((resolve) => this.schedule(emulatedMs, resolve));
  }

  /** Cancels every pending timer (emulator stop/reset). */
  clear(): void {
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
  }
}
