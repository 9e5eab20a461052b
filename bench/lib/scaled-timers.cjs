/*
 * Preloaded into the action's process (NODE_OPTIONS=--require) by the benchmarks: every timer the
 * process sets (the watch's poll sleeps, the retry backoff, the SDK's own retry delays) runs
 * BENCH_TIME_SCALE times faster, as the emulator's clock does. Without it the tool would wait in
 * real seconds while the deployment moves in emulated ones, and every figure about "how long after
 * healthy did it say done" would be inflated by the time scale. The bundle itself is not changed.
 */
'use strict';
const scale = Number(process.env.BENCH_TIME_SCALE || '1');
if (Number.isFinite(scale) && scale > 1) {
  const timers = require('node:timers');
  const promises = require('node:timers/promises');
  const scaled = (ms) => (typeof ms === 'number' && ms > 0 ? ms / scale : ms);
  const { setTimeout: st, setInterval: si } = globalThis;
  globalThis.setTimeout = Object.assign((fn, ms, ...args) => st(fn, scaled(ms), ...args), st);
  globalThis.setInterval = Object.assign((fn, ms, ...args) => si(fn, scaled(ms), ...args), si);
  timers.setTimeout = globalThis.setTimeout;
  timers.setInterval = globalThis.setInterval;
  const pst = promises.setTimeout;
  promises.setTimeout = (ms, ...rest) => pst(scaled(ms), ...rest);
  // util.promisify(setTimeout) looks this symbol up; keep it scaled too.
  const custom = require('node:util').promisify.custom;
  globalThis.setTimeout[custom] = promises.setTimeout;
  // The watch schedules its looks from its own clock (when a target was first seen + the health-check
  // interval, the grace period): that clock must run at the same pace as the timers. AWS timestamps
  // are never compared with it, except the service events' printing window, which only prints fewer.
  const realNow = Date.now.bind(Date);
  const origin = realNow();
  Date.now = () => Math.round(origin + (realNow() - origin) * scale);
}
