import type { Action } from '@aws-sdk/client-elastic-load-balancing-v2';

/**
 * The forward action of the service's production rule (or of the listener's default action, when
 * the service takes the whole listener) and of its test rule. With blue/green, canary and linear,
 * ECS owns the weights: it moves them between the two target groups at every deployment, and after
 * an odd number of deployments production traffic is on the alternate group. So a forward to the
 * service's own groups is left as ECS set it; only a forward that is missing a group or that goes
 * elsewhere is rewritten, with all the traffic on the group that serves it now.
 */

/** The service's target groups: the main one and, when it exists, the alternate one. */
export interface ServiceTargetGroups {
  main: string | undefined;
  alternate?: string;
  /** The alternate group's name, to recognise it in a rule left from an earlier blue/green run. */
  alternateName: string;
}

interface Weighted {
  arn: string;
  weight: number;
}

/** The target groups a forward action sends to, with their weights (a plain forward: weight 1). */
export function forwardWeights(actions: Action[] | undefined): Weighted[] {
  const forward = actions?.find((a) => a.Type === 'forward');
  if (!forward) return [];
  const groups = forward.ForwardConfig?.TargetGroups ?? [];
  if (groups.length > 0)
    return groups
      .filter((g) => g.TargetGroupArn)
      .map((g) => ({ arn: g.TargetGroupArn!, weight: g.Weight ?? 1 }));
  return forward.TargetGroupArn ? [{ arn: forward.TargetGroupArn, weight: 1 }] : [];
}

const nameOf = (arn: string) => /:targetgroup\/([^/]+)\//.exec(arn)?.[1];

/** The alternate group: the one known, else the one of its name a forward action still sends to. */
export function alternateOf(groups: ServiceTargetGroups, actions: Action[] | undefined): string | undefined {
  return groups.alternate ?? forwardWeights(actions).find((w) => nameOf(w.arn) === groups.alternateName)?.arn;
}

export interface ForwardPlan {
  /** The action to set, or undefined when the current one stays. */
  action?: Action;
  /** The group that receives production traffic (the heavier weight; the main one on a tie or a change). */
  serving?: string;
  /** The other of the two, when there are two. */
  standby?: string;
}

/** Both groups, all traffic on `serving`. */
export function forwardTo(serving: string, standby?: string): Action {
  if (!standby) return { Type: 'forward', TargetGroupArn: serving };
  return {
    Type: 'forward',
    ForwardConfig: {
      TargetGroups: [
        { TargetGroupArn: serving, Weight: 100 },
        { TargetGroupArn: standby, Weight: 0 },
      ],
    },
  };
}

/**
 * What the forward of the service's rule must become. `wantBoth`: blue/green, canary, linear (the
 * rule must name both groups for ECS to shift between them); with rolling updates a forward that
 * already names both (left by an earlier blue/green run) is kept, so that traffic stays on the
 * group that serves it.
 */
export function planForward(
  actions: Action[] | undefined,
  groups: ServiceTargetGroups,
  wantBoth: boolean,
): ForwardPlan {
  const main = groups.main;
  if (!main) return {};
  const alternate = alternateOf(groups, actions);
  const own = [main, ...(alternate ? [alternate] : [])];
  const current = forwardWeights(actions);
  const onlyOwn = current.length > 0 && current.every((w) => own.includes(w.arn));
  const nonForward = (actions ?? []).some((a) => a.Type !== 'forward');
  if (onlyOwn && !nonForward) {
    const heaviest = [...current].sort((a, b) => b.weight - a.weight || (a.arn === main ? -1 : 1))[0].arn;
    const standby = own.find((arn) => arn !== heaviest);
    const complete = !wantBoth || !alternate || current.length === 2;
    if (complete) return { serving: heaviest, ...(current.length === 2 ? { standby } : {}) };
    return { action: forwardTo(heaviest, standby), serving: heaviest, standby };
  }
  const standby = wantBoth ? alternate : undefined;
  return { action: forwardTo(main, standby), serving: main, ...(standby ? { standby } : {}) };
}

/** "forward to a (100), b (0)": how a plan line shows a forward. */
export function describeForward(actions: Action[] | undefined): string {
  const w = forwardWeights(actions);
  if (w.length === 0) return 'no forward';
  if (w.length === 1) return `forward to ${nameOf(w[0].arn) ?? w[0].arn}`;
  return `forward to ${w.map((x) => `${nameOf(x.arn) ?? x.arn} (${x.weight})`).join(', ')}`;
}
