import { RULE_PRIORITY_MAX, RULE_PRIORITY_MIN } from '../config/aws-limits';

/**
 * The priority for a new listener rule: `preferred` when it is free and inside the band (the one
 * this service held before, or a fixed input), else the lowest free priority in the band. Lowest
 * rather than random, so that the choice is the same for the same listener and rules evaluated in
 * the order services were added; a concurrent writer taking the same number is handled by the
 * caller retrying on PriorityInUse with the refreshed list.
 */
export function choosePriority(
  taken: number[],
  band: [number, number] = [RULE_PRIORITY_MIN, RULE_PRIORITY_MAX],
  preferred?: number,
): number {
  const [lo, hi] = band;
  if (
    !Number.isInteger(lo) ||
    !Number.isInteger(hi) ||
    lo < RULE_PRIORITY_MIN ||
    hi > RULE_PRIORITY_MAX ||
    lo > hi
  )
    throw new Error(
      `Invalid rule priority band ${lo}..${hi}: it must lie within ${RULE_PRIORITY_MIN}..${RULE_PRIORITY_MAX}.`,
    );
  const used = new Set(taken);
  if (preferred !== undefined && preferred >= lo && preferred <= hi && !used.has(preferred)) return preferred;
  for (let p = lo; p <= hi; p++) if (!used.has(p)) return p;
  throw new Error(
    `Every listener rule priority in ${lo}..${hi} is taken (${hi - lo + 1} rules). ` +
      'Remove unused rules (for previews: run the sweep), widen the band, or set rule-priority to a free number outside it.',
  );
}
