import type { Change } from './diff';

/** One log line per change, e.g. `+ target-group web-hello-production`. */
export function planLine(change: Change): string {
  const sign = { create: '+', update: '~', delete: '-', keep: '=' }[change.action];
  return `${sign} ${change.resource} ${change.name}${change.detail ? ` (${change.detail})` : ''}`;
}
