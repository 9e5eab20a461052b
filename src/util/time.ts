/** Durations as a person reads them in a log line or a summary table: "850 ms", "42 s", "3 m 05 s". */
export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms) || ms < 0) return '0 s';
  if (ms < 1000) return `${Math.round(ms)} ms`;
  const totalSeconds = Math.round(ms / 1000);
  if (totalSeconds < 60) return `${totalSeconds} s`;
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = totalSeconds % 60;
  const ss = String(seconds).padStart(2, '0');
  if (hours > 0) return `${hours} h ${String(minutes).padStart(2, '0')} m ${ss} s`;
  return `${minutes} m ${ss} s`;
}

export interface Clock {
  now(): number;
}

/** Measures named phases in the order they ran, for the job summary. */
export class PhaseTimer {
  private readonly phases: PhaseTiming[] = [];
  constructor(private readonly clock: Clock) {}

  async time<T>(name: string, fn: () => Promise<T>): Promise<T> {
    const start = this.clock.now();
    const entry: PhaseTiming = { name, ms: 0, outcome: 'ok', startedAt: start };
    this.phases.push(entry);
    try {
      const value = await fn();
      return value;
    } catch (error) {
      entry.outcome = 'failed';
      throw error;
    } finally {
      entry.ms = this.clock.now() - start;
    }
  }

  list(): PhaseTiming[] {
    return this.phases.map((p) => ({ ...p }));
  }
}

export interface PhaseTiming {
  name: string;
  ms: number;
  /** When it began (the clock's epoch ms), for the summary's chart. */
  startedAt?: number;
  outcome: 'ok' | 'failed';
}
