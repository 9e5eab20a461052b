/**
 * Emulated time: the one source of "now" and of every emulated delay (health-check intervals, task
 * start-up, deregistration delay, cooldowns, log timestamps). `delay`/`schedule` divide an emulated
 * duration by `timeScale`: with timeScale 10, a 30 s health-check interval takes 3 s of clock time.
 *
 * Two modes share this interface:
 * - real (the default): `now()` is the wall clock and timers are Node timers;
 * - virtual: time starts at the wall clock and stands still until `advance(ms)` or `runUntil(...)`
 *   moves it, firing the due timers in order and letting promise chains settle between them. Sockets
 *   and HTTP stay real, so a test drives the emulator through its API and advances time instead of
 *   sleeping.
 *
 * Real I/O timeouts (a socket's, a child process's) and injected network latency are not emulated
 * time: they stay on Node timers in both modes.
 */
export interface ClockOptions {
  timeScale?: number;
  /** Time moves only when `advance`/`runUntil` is called. */
  virtual?: boolean;
}

/** How a world, an emulator or a test chooses its clock. */
export type ClockChoice = 'real' | 'virtual';

interface VirtualTimer {
  due: number;
  seq: number;
  fn: () => void;
}

/** Lets pending promise callbacks and immediate I/O callbacks run before time moves on. */
async function settle(rounds = 5): Promise<void> {
  for (let i = 0; i < rounds; i++) await new Promise<void>((resolve) => setImmediate(resolve));
}

export class Clock {
  readonly virtual: boolean;
  timeScale: number;
  private readonly realTimers = new Set<NodeJS.Timeout>();
  private virtualTimers: VirtualTimer[] = [];
  private virtualNow = Date.now();
  private seq = 0;

  constructor(opts: number | ClockOptions = 1) {
    const o = typeof opts === 'number' ? { timeScale: opts } : opts;
    this.timeScale = o.timeScale ?? 1;
    this.virtual = o.virtual ?? false;
  }

  /** Milliseconds since the epoch, as `Date.now()` would say in the emulated account. */
  nowMs(): number {
    return this.virtual ? this.virtualNow : Date.now();
  }

  now(): Date {
    return new Date(this.nowMs());
  }

  /** Clock milliseconds that an emulated duration takes. */
  real(ms: number): number {
    return Math.max(0, Math.round(ms / this.timeScale));
  }

  /** Runs `fn` after an emulated duration; returns a cancel function. */
  schedule(emulatedMs: number, fn: () => void): () => void {
    return this.after(this.real(emulatedMs), fn);
  }

  delay(emulatedMs: number): Promise<void> {
    return new Promise((resolve) => this.schedule(emulatedMs, resolve));
  }

  /** Runs `fn` every emulated `emulatedMs` until cancelled. */
  every(emulatedMs: number, fn: () => void): () => void {
    let cancel = (): void => {};
    let stopped = false;
    const tick = (): void => {
      cancel = this.schedule(emulatedMs, () => {
        if (stopped) return;
        tick();
        fn();
      });
    };
    tick();
    return () => {
      stopped = true;
      cancel();
    };
  }

  /** Cancels every pending timer (emulator stop/reset). */
  clear(): void {
    for (const t of this.realTimers) clearTimeout(t);
    this.realTimers.clear();
    this.virtualTimers = [];
  }

  /** Timers waiting to fire (virtual mode). */
  pending(): number {
    return this.virtualTimers.length;
  }

  /**
   * Virtual mode: moves time forward by `ms` clock milliseconds, firing every timer that falls due on
   * the way in order, each at its own instant, with promise chains settled after each.
   */
  async advance(ms: number): Promise<void> {
    this.requireVirtual('advance');
    const target = this.virtualNow + ms;
    await settle();
    for (let next = this.nextDue(target); next; next = this.nextDue(target)) {
      this.virtualNow = Math.max(this.virtualNow, next.due);
      next.fn();
      await settle();
    }
    this.virtualNow = Math.max(this.virtualNow, target);
  }

  /**
   * Virtual mode: fires timers one instant at a time until `predicate` holds; fails when it does not
   * within `maxMs` of clock time (default ten emulated minutes), saying what it waited for and the
   * last value read. Waits for real I/O (HTTP, sockets) to finish between steps, since `predicate`
   * may read through the emulator's API.
   */
  async runUntil<T>(
    read: () => T | Promise<T>,
    predicate: (value: T) => boolean = (value) => Boolean(value),
    opts: { maxMs?: number; what?: string } = {},
  ): Promise<T> {
    this.requireVirtual('runUntil');
    const deadline = this.virtualNow + (opts.maxMs ?? 600_000);
    for (;;) {
      const value = await read();
      if (predicate(value)) return value;
      const next = this.virtualTimers[0];
      if (!next || next.due > deadline) {
        const seen = (JSON.stringify(value, null, 1) ?? String(value)).slice(0, 2000);
        const why = next ? `within ${opts.maxMs ?? 600_000} ms of emulated time` : 'and no timer is pending';
        throw new Error(`not reached ${why}: ${opts.what ?? 'condition'}; last value: ${seen}`);
      }
      await this.advance(Math.max(0, next.due - this.virtualNow));
    }
  }

  private after(ms: number, fn: () => void): () => void {
    if (this.virtual) return this.afterVirtual(ms, fn);
    const t = setTimeout(() => {
      this.realTimers.delete(t);
      fn();
    }, ms);
    t.unref?.();
    this.realTimers.add(t);
    return () => {
      clearTimeout(t);
      this.realTimers.delete(t);
    };
  }

  private afterVirtual(ms: number, fn: () => void): () => void {
    const timer: VirtualTimer = { due: this.virtualNow + ms, seq: this.seq++, fn };
    const at = this.virtualTimers.findIndex((t) => t.due > timer.due);
    this.virtualTimers.splice(at < 0 ? this.virtualTimers.length : at, 0, timer);
    return () => {
      this.virtualTimers = this.virtualTimers.filter((t) => t !== timer);
    };
  }

  private nextDue(target: number): VirtualTimer | undefined {
    const next = this.virtualTimers[0];
    if (!next || next.due > target) return undefined;
    this.virtualTimers.shift();
    return next;
  }

  private requireVirtual(what: string): void {
    if (!this.virtual) throw new Error(`clock.${what}() needs a virtual clock (clock: 'virtual')`);
  }
}
