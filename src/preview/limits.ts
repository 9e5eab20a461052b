import { MAX_RULES_PER_LOAD_BALANCER, MAX_TARGET_GROUPS_PER_LOAD_BALANCER } from '../config/aws-limits';

/**
 * AWS quotas a preview must fit in (declared in src/config/aws-limits.ts), checked before anything
 * is created so that a preview that would not fit fails with a reason instead of leaving a target
 * group without a rule behind.
 */

export interface CapacityInput {
  /** Non-default rules on every listener of the load balancer. */
  rules: number;
  /** Target groups the load balancer forwards to. */
  targetGroups: number;
  /** Priorities taken on the listener that carries the preview's rule. */
  takenPriorities: number[];
  band: [number, number];
  /** The preview's rule exists already (an update): it needs no new rule and no new priority. */
  hasRule: boolean;
  /** The preview's target group is already one of the load balancer's. */
  hasTargetGroup: boolean;
}

/** The first free priority of the band, or undefined when every one is taken. */
export function freePriority(taken: number[], band: [number, number]): number | undefined {
  const used = new Set(taken);
  for (let p = band[0]; p <= band[1]; p++) if (!used.has(p)) return p;
  return undefined;
}

/** Every reason the preview cannot be created; empty when it fits. */
export function capacityProblems(c: CapacityInput): string[] {
  const problems: string[] = [];
  if (!c.hasRule && c.rules >= MAX_RULES_PER_LOAD_BALANCER)
    problems.push(
      `the load balancer already has ${c.rules} listener rules and AWS allows ${MAX_RULES_PER_LOAD_BALANCER} (default rules excluded)`,
    );
  if (!c.hasTargetGroup && c.targetGroups >= MAX_TARGET_GROUPS_PER_LOAD_BALANCER)
    problems.push(
      `the load balancer already forwards to ${c.targetGroups} target groups and AWS allows ${MAX_TARGET_GROUPS_PER_LOAD_BALANCER}`,
    );
  if (!c.hasRule && freePriority(c.takenPriorities, c.band) === undefined)
    problems.push(
      `every rule priority of the preview band ${c.band[0]}-${c.band[1]} is taken (${c.band[1] - c.band[0] + 1} rules)`,
    );
  return problems;
}

export function capacityMessage(pullRequest: number, problems: string[]): string {
  return (
    `No room for the preview of pull request #${pullRequest}: ${problems.join('; ')}. Nothing was created. ` +
    'Remove previews that are no longer needed (close their pull requests, or run the sweep mode), ' +
    "widen 'preview-priority-band', or use another load balancer ('load-balancer-name')."
  );
}
