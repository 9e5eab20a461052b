import {
  AdaptivePoller,
  clampToDeadline,
  DEFAULT_SCHEDULE,
  nextPollDelay,
  PollEvent,
} from '../../src/util/poll';

describe('nextPollDelay', () => {
  it('is fast while observations change', () => {
    expect(nextPollDelay(undefined, 'changed')).toBe(DEFAULT_SCHEDULE.fastMs);
    expect(nextPollDelay(15_000, 'changed')).toBe(DEFAULT_SCHEDULE.fastMs);
  });

  it('slows down gradually when idle, up to the slow pace', () => {
    const seen: number[] = [];
    let d: number | undefined;
    for (let i = 0; i < 10; i++) seen.push((d = nextPollDelay(d, 'idle')));
    expect(seen[0]).toBe(3000);
    expect(seen[1]).toBe(4500);
    for (let i = 1; i < seen.length; i++) expect(seen[i]).toBeGreaterThanOrEqual(seen[i - 1]);
    expect(seen[seen.length - 1]).toBe(DEFAULT_SCHEDULE.slowMs);
  });

  it('doubles on throttling beyond the idle pace, capped', () => {
    expect(nextPollDelay(15_000, 'throttled')).toBe(30_000);
    expect(nextPollDelay(30_000, 'throttled')).toBe(60_000);
    expect(nextPollDelay(60_000, 'throttled')).toBe(60_000);
    // after throttling, one idle step brings it back under the slow pace
    expect(nextPollDelay(60_000, 'idle')).toBe(DEFAULT_SCHEDULE.slowMs);
  });
});

describe('clampToDeadline', () => {
  it('never sleeps past the deadline', () => {
    expect(clampToDeadline(15_000, 1_000, 5_000)).toBe(4_000);
    expect(clampToDeadline(2_000, 1_000, 5_000)).toBe(2_000);
    expect(clampToDeadline(2_000, 6_000, 5_000)).toBe(0);
  });
});

describe('AdaptivePoller', () => {
  it('follows the schedule and stops at the deadline', async () => {
    let now = 0;
    const slept: number[] = [];
    const clock = { now: () => now, sleep: async (ms: number) => void (slept.push(ms), (now += ms)) };
    const poller = new AdaptivePoller(clock, 20_000);
    const events: PollEvent[] = ['changed', 'idle', 'idle', 'throttled', 'changed', 'idle', 'idle', 'idle'];
    const results: boolean[] = [];
    for (const e of events) results.push(await poller.pause(e));
    expect(slept).toEqual([2000, 3000, 4500, 9000, 1500]);
    expect(now).toBe(20_000);
    expect(results).toEqual([true, true, true, true, true, false, false, false]);
    expect(poller.expired()).toBe(true);
  });
});
