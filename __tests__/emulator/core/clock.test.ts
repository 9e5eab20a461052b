import { Clock } from '../../../emulator/src/core/clock';

describe('Clock, virtual mode', () => {
  it('stands still until advanced, then fires due timers in order, each at its own instant', async () => {
    const clock = new Clock({ virtual: true });
    const start = clock.nowMs();
    const fired: string[] = [];
    clock.schedule(300, () => fired.push(`b@${clock.nowMs() - start}`));
    clock.schedule(100, () => fired.push(`a@${clock.nowMs() - start}`));
    clock.schedule(100, () => fired.push(`a2@${clock.nowMs() - start}`));
    await new Promise((r) => setTimeout(r, 5));
    expect(clock.nowMs()).toBe(start);
    expect(fired).toEqual([]);
    await clock.advance(200);
    expect(fired).toEqual(['a@100', 'a2@100']);
    expect(clock.nowMs() - start).toBe(200);
    await clock.advance(100);
    expect(fired).toEqual(['a@100', 'a2@100', 'b@300']);
  });

  it('lets promise chains settle between timers, so a timer set by a chain fires in the same advance', async () => {
    const clock = new Clock({ virtual: true });
    const steps: number[] = [];
    void (async () => {
      await clock.delay(10);
      steps.push(1);
      await Promise.resolve();
      await clock.delay(10);
      steps.push(2);
    })();
    await clock.advance(20);
    expect(steps).toEqual([1, 2]);
  });

  it('divides emulated durations by the time scale', async () => {
    const clock = new Clock({ virtual: true, timeScale: 10 });
    let fired = false;
    clock.schedule(1000, () => (fired = true));
    await clock.advance(99);
    expect(fired).toBe(false);
    await clock.advance(1);
    expect(fired).toBe(true);
  });

  it('cancels timers, repeats with every(), and clears', async () => {
    const clock = new Clock({ virtual: true });
    let ticks = 0;
    const stop = clock.every(10, () => ticks++);
    const cancel = clock.schedule(5, () => (ticks = -100));
    cancel();
    await clock.advance(35);
    expect(ticks).toBe(3);
    stop();
    await clock.advance(100);
    expect(ticks).toBe(3);
    clock.schedule(1, () => ticks++);
    clock.clear();
    expect(clock.pending()).toBe(0);
  });

  it('runUntil advances timer by timer until the predicate holds, and fails saying what it saw', async () => {
    const clock = new Clock({ virtual: true });
    let n = 0;
    clock.every(1000, () => n++);
    await expect(
      clock.runUntil(
        () => n,
        (v) => v >= 3,
      ),
    ).resolves.toBe(3);
    await expect(
      clock.runUntil(
        () => n,
        (v) => v < 0,
        { maxMs: 5000, what: 'a negative count' },
      ),
    ).rejects.toThrow(/not reached within 5000 ms of emulated time: a negative count; last value: 8/);
    const idle = new Clock({ virtual: true });
    await expect(idle.runUntil(() => false)).rejects.toThrow(/no timer is pending/);
  });

  it('refuses advance() in real mode', async () => {
    await expect(new Clock().advance(1)).rejects.toThrow(/virtual clock/);
  });
});
