/**
 * The one poll-until helper of the test suites and the benchmarks. Bounded in time and in rounds
 * (every loop in a test is), it returns the first value that satisfies `ok` and otherwise fails with
 * what it waited for and the last value it read, so a failure says what was seen, not "timed out".
 *
 * Tests that drive the emulator on a virtual clock do not need it: they advance the clock and
 * assert. It is for what runs on real time (real containers, real sockets, child processes).
 */
export interface EventuallyOptions {
  /** Real milliseconds before giving up (default 10 s). */
  timeoutMs?: number;
  /** Real milliseconds between reads (default 25 ms). */
  intervalMs?: number;
}

export async function eventually<T>(
  what: string,
  read: () => T | Promise<T>,
  ok: (value: T) => boolean = (value) => Boolean(value),
  options: EventuallyOptions = {},
): Promise<T> {
  const timeoutMs = options.timeoutMs ?? 10_000;
  const intervalMs = options.intervalMs ?? 25;
  const deadline = Date.now() + timeoutMs;
  const rounds = Math.ceil(timeoutMs / Math.max(1, intervalMs)) + 1;
  let last: T | undefined;
  for (let round = 0; round < rounds; round++) {
    last = await read();
    if (ok(last)) return last;
    if (Date.now() >= deadline) break;
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
  const seen = JSON.stringify(last, null, 1) ?? String(last);
  throw new Error(`not reached within ${timeoutMs} ms: ${what}; last value: ${seen.slice(0, 2000)}`);
}
