import type { Listener, Rule, RuleCondition } from '@aws-sdk/client-elastic-load-balancing-v2';
import * as elbv2 from '../aws/elbv2';
import { isAwsError } from '../aws/errors';
import type { StackContext } from './context';
import { LoadBalancerSpec, MANAGED_BY_KEY, MANAGED_BY_VALUE, RuleConditions } from './desired';
import { changeFor, conditionsDrift, FieldDrift } from './diff';
import { choosePriority } from './priority';
import { describeForward, planForward, ServiceTargetGroups } from './traffic';
import { TEST_TRAFFIC_HEADER } from './context';

/** CreateRule is not idempotent and priorities are first come, first served between concurrent runs. */
const PRIORITY_ATTEMPTS = 5;
/** AWS quota: rules per load balancer, default rules excluded. */
const MAX_RULES = 100;

type RuleRouting = Extract<LoadBalancerSpec['routing'], { kind: 'rule' }>;

/** What the rule must be: where it listens, what it matches, where it forwards. */
interface WantedRule {
  listenerArn: string;
  routing: RuleRouting;
  groups: ServiceTargetGroups;
  targetGroupName: string;
  /** Blue/green, canary, linear: the forward names both groups, and a test rule goes ahead of this one. */
  wantBoth: boolean;
}

/** The production rule as it is after ensureRule (no ARN in plan mode when it is still to be made). */
export interface RuleOutcome {
  ruleArn?: string;
  priority: number;
  /** The group production traffic goes to, and the other one (blue/green). */
  serving?: string;
  standby?: string;
}

/**
 * The service's listener rule on a shared load balancer: found (by the target group it forwards to,
 * else by its tags) and corrected, or created at a free priority of the service's band (leaving
 * the free priority ahead of it to the test rule, for blue/green, canary and linear).
 */
export async function ensureRule(
  ctx: StackContext,
  listener: Listener | undefined,
  routing: RuleRouting,
  groups: ServiceTargetGroups,
  options: { targetGroupName: string; wantBoth: boolean },
): Promise<RuleOutcome> {
  const { targetGroupName, wantBoth } = options;
  if (!listener?.ListenerArn) {
    // Only in plan mode: the listener itself is still to be created.
    const priority = routing.fixedPriority ?? choosePriority(wantBoth ? [routing.band[0]] : [], routing.band);
    recordCreate(ctx, routing, targetGroupName, priority);
    return { priority };
  }
  const wanted: WantedRule = {
    listenerArn: listener.ListenerArn,
    routing,
    groups,
    targetGroupName,
    wantBoth,
  };
  const rules = await nonDefaultRules(ctx, listener.ListenerArn);
  const mine = await findOwnRule(ctx, rules, groups.main);
  if (mine?.RuleArn) return updateRule(ctx, wanted, mine);
  if (rules.length + (wantBoth ? 1 : 0) >= MAX_RULES)
    throw new Error(
      `The load balancer already has ${rules.length} listener rules on this listener, the AWS limit is ${MAX_RULES}: remove unused rules (previews: sweep) first.`,
    );
  return createRule(ctx, wanted, rules);
}

export async function nonDefaultRules(ctx: StackContext, listenerArn: string): Promise<Rule[]> {
  return (await elbv2.describeRules(ctx.clients.elbv2, listenerArn)).filter((r) => !r.IsDefault);
}

function recordCreate(
  ctx: StackContext,
  routing: RuleRouting,
  targetGroupName: string,
  priority: number,
): void {
  ctx.record({
    action: 'create',
    resource: 'listener-rule',
    name: targetGroupName,
    detail: `${describeConditions(routing.conditions)}, priority ${priority}`,
  });
}

async function updateRule(ctx: StackContext, w: WantedRule, mine: Rule): Promise<RuleOutcome> {
  const { routing } = w;
  const drift: FieldDrift[] = conditionsDrift(routing.conditions, actualConditions(mine.Conditions));
  const forward = planForward(mine.Actions, w.groups, w.wantBoth);
  if (forward.action || !w.groups.main)
    drift.push({
      field: 'forward',
      actual: describeForward(mine.Actions),
      desired: forward.action ? describeForward([forward.action]) : w.targetGroupName,
    });
  const priority = Number(mine.Priority);
  const priorityDrift = routing.fixedPriority !== undefined && routing.fixedPriority !== priority;
  if (priorityDrift) drift.push({ field: 'priority', actual: priority, desired: routing.fixedPriority });
  if (!ctx.plan) {
    if (drift.some((d) => d.field !== 'priority'))
      await elbv2.modifyRule(ctx.clients.elbv2, {
        RuleArn: mine.RuleArn,
        Conditions: toConditions(routing.conditions),
        // The forward as ECS left it, unless it must change: ECS owns the weights between the two groups.
        ...(forward.action ? { Actions: [forward.action] } : {}),
      });
    if (priorityDrift) await moveRule(ctx, w, mine.RuleArn as string, routing.fixedPriority as number);
  }
  const outcome: RuleOutcome = {
    ruleArn: mine.RuleArn,
    priority: priorityDrift ? (routing.fixedPriority as number) : priority,
    serving: forward.serving,
    standby: forward.standby,
  };
  ctx.record(
    changeFor(
      'listener-rule',
      w.targetGroupName,
      drift,
      `${describeConditions(routing.conditions)}, priority ${priority}`,
    ),
  );
  return outcome;
}

async function moveRule(ctx: StackContext, w: WantedRule, ruleArn: string, priority: number): Promise<void> {
  try {
    await elbv2.setRulePriority(ctx.clients.elbv2, ruleArn, priority);
  } catch (err) {
    if (isAwsError(err, 'PriorityInUse'))
      throw new Error(
        `rule-priority ${priority} is already used by another rule on ${w.listenerArn}; choose a free one.`,
      );
    throw err;
  }
}

/** Creates the rule at a free priority; another run taking it meanwhile makes it read and choose again. */
async function createRule(ctx: StackContext, w: WantedRule, existingRules: Rule[]): Promise<RuleOutcome> {
  const { routing } = w;
  let rules = existingRules;
  const tried: number[] = [];
  const forward = planForward(undefined, w.groups, w.wantBoth);
  for (let attempt = 1; attempt <= PRIORITY_ATTEMPTS; attempt++) {
    const taken = [...rules.map((r) => Number(r.Priority)).filter(Number.isFinite), ...tried];
    // Blue/green: the lowest free priority stays free for the test rule, which must come first.
    const ahead =
      w.wantBoth && routing.fixedPriority === undefined ? [choosePriority(taken, routing.band)] : [];
    const priority = freePriority(routing, [...taken, ...ahead]);
    const outcome: RuleOutcome = { priority, serving: forward.serving, standby: forward.standby };
    if (ctx.plan) {
      recordCreate(ctx, routing, w.targetGroupName, priority);
      return outcome;
    }
    try {
      const rule = await elbv2.createRule(ctx.clients.elbv2, {
        ListenerArn: w.listenerArn,
        Priority: priority,
        Conditions: toConditions(routing.conditions),
        Actions: [forward.action ?? { Type: 'forward', TargetGroupArn: w.groups.main }],
        Tags: elbv2.toTagList(ctx.desired.tags),
      });
      recordCreate(ctx, routing, w.targetGroupName, priority);
      return { ...outcome, ruleArn: rule?.RuleArn };
    } catch (err) {
      if (!isAwsError(err, 'PriorityInUse') || routing.fixedPriority !== undefined) throw err;
      // Another run took the priority between our read and our write: read again, choose again.
      ctx.log.info(
        `Rule priority ${priority} was taken meanwhile (attempt ${attempt} of ${PRIORITY_ATTEMPTS}); choosing again.`,
      );
      tried.push(priority);
      rules = await nonDefaultRules(ctx, w.listenerArn);
    }
  }
  throw new Error(
    `Could not create the listener rule for ${w.targetGroupName}: every priority chosen (${tried.join(', ')}) was taken by concurrent changes. Retry the job, or set rule-priority.`,
  );
}

/** The rule-priority input when given (and free), else a free one of the band. */
function freePriority(routing: RuleRouting, taken: number[]): number {
  if (routing.fixedPriority === undefined) return choosePriority(taken, routing.band);
  if (taken.includes(routing.fixedPriority))
    throw new Error(
      `rule-priority ${routing.fixedPriority} is already used by another rule on the listener; choose a free one or leave rule-priority empty.`,
    );
  return routing.fixedPriority;
}

/** The test rule: it matches the header TEST_TRAFFIC_HEADER besides the service's conditions. */
export function isTestRule(rule: Rule): boolean {
  return (rule.Conditions ?? []).some(
    (c) =>
      c.Field === 'http-header' &&
      c.HttpHeaderConfig?.HttpHeaderName?.toLowerCase() === TEST_TRAFFIC_HEADER.name.toLowerCase(),
  );
}

/**
 * The production rule this service made earlier: by the target group it forwards to, else by the
 * action's tags; never the test rule, which forwards to the same groups.
 */
export async function findOwnRule(
  ctx: StackContext,
  allRules: Rule[],
  targetGroupArn: string | undefined,
): Promise<Rule | undefined> {
  const rules = allRules.filter((r) => !isTestRule(r));
  if (targetGroupArn) {
    const byTarget = rules.find((r) => elbv2.forwardTargetGroupArns(r.Actions).includes(targetGroupArn));
    if (byTarget) return byTarget;
  }
  if (rules.length === 0) return undefined;
  const tags = await elbv2.describeTags(
    ctx.clients.elbv2,
    rules.map((r) => r.RuleArn as string),
  );
  return rules.find((r) => {
    const t = tags.get(r.RuleArn as string);
    return (
      t?.[MANAGED_BY_KEY] === MANAGED_BY_VALUE &&
      t.service === ctx.config.service &&
      t.environment === ctx.config.environment
    );
  });
}

export function toConditions(c: RuleConditions): RuleCondition[] {
  const out: RuleCondition[] = [];
  if (c.hostHeader.length > 0) out.push({ Field: 'host-header', HostHeaderConfig: { Values: c.hostHeader } });
  if (c.pathPattern.length > 0)
    out.push({ Field: 'path-pattern', PathPatternConfig: { Values: c.pathPattern } });
  return out;
}

/** Rule conditions as values, whichever of the two shapes (Values or *Config) the API returned. */
export function actualConditions(conditions: RuleCondition[] | undefined): RuleConditions {
  const out: RuleConditions = { hostHeader: [], pathPattern: [] };
  for (const c of conditions ?? []) {
    if (c.Field === 'host-header') out.hostHeader.push(...(c.HostHeaderConfig?.Values ?? c.Values ?? []));
    if (c.Field === 'path-pattern') out.pathPattern.push(...(c.PathPatternConfig?.Values ?? c.Values ?? []));
  }
  return out;
}

export function describeConditions(c: RuleConditions): string {
  return [
    c.hostHeader.length ? `host ${c.hostHeader.join(' | ')}` : '',
    c.pathPattern.length ? `path ${c.pathPattern.join(' | ')}` : '',
  ]
    .filter(Boolean)
    .join(' and ');
}
