/**
 * The adaptive poller used by every wait loop. The SDK's waiters poll every 15 s and back off to
 * minutes, which is why users of other deploy tools lose minutes after their deployment was already
 * done. Here the pace follows what is observed: fast while something changes, slowing down
 * gradually while nothing does, doubling on throttling, and never sleeping past the deadline.
 */

export type PollEvent = 'changed' | 'idle' | 'throttled';

export interface PollScheduleOptions {
  fastMs: number;
  slowMs: number;
  /** Growth factor of the delay for each idle observation. */
  idleGrowth: number;
  maxThrottledMs: number;
}

export const DEFAULT_SCHEDULE: PollScheduleOptions = {
  fastMs: 2_000,
  slowMs: 15_000,
  idleGrowth: 1.5,
  maxThrottledMs: 60_000,
};

/** Pure: the delay before the next observation, given the previous delay and what just happened. */
export function nextPollDelay(
  previousMs: number | undefined,
  event: PollEvent,
  o: PollScheduleOptions = DEFAULT_SCHEDULE,
): number {
  const prev = previousMs ?? o.fastMs;
  switch (event) {
    case 'changed':
      return o.fastMs;
    case 'idle':
      return Math.min(o.slowMs, Math.max(o.fastMs, Math.round(prev * o.idleGrowth)));
    case 'throttled':
      return Math.min(o.maxThrottledMs, Math.max(o.fastMs, prev) * 2);
  }
}

/** Pure: how long to actually sleep so that the next observation happens no later than the deadline. */
export function clampToDeadline(delayMs: number, nowMs: number, deadlineMs: number): number {
  return Math.max(0, Math.min(delayMs, deadlineMs - nowMs));
}

export interface PollerClock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

export class AdaptivePoller {
  private delay: number | undefined;
  constructor(
    private readonly clock: PollerClock,
    readonly deadline: number,
    private readonly options: PollScheduleOptions = DEFAULT_SCHEDULE,
  ) {}

  /** Sleeps according to the schedule. Returns false, without sleeping, once the deadline is reached. */
  async pause(event: PollEvent): Promise<boolean> {
    const now = this.clock.now();
    if (now >= this.deadline) return false;
    this.delay = nextPollDelay(this.delay, event, this.options);
    const ms = clampToDeadline(this.delay, now, this.deadline);
    await this.clock.sleep(ms);
    return true;
  }

  get lastDelay(): number | undefined {
    return this.delay;
  }

  expired(): boolean {
    return this.clock.now() >= this.deadline;
  }
}

/** An upper bound on iterations of a poll loop, so that even a broken clock cannot spin forever. */
export function maxPolls(
  deadlineMs: number,
  startMs: number,
  o: PollScheduleOptions = DEFAULT_SCHEDULE,
): number {
  return Math.ceil(Math.max(0, deadlineMs - startMs) / Math.max(1, Math.min(o.fastMs, 1000))) + 50;
}
