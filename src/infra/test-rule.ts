import type { Listener, Rule, RuleCondition } from '@aws-sdk/client-elastic-load-balancing-v2';
import * as elbv2 from '../aws/elbv2';
import { isAwsError } from '../aws/errors';
import { TEST_TRAFFIC_HEADER, type StackContext } from './context';
import type { LoadBalancerSpec } from './desired';
import { choosePriority } from './priority';
import { describeConditions, isTestRule, RuleOutcome, toConditions } from './rule';
import { forwardTo, forwardWeights, planForward, ServiceTargetGroups } from './traffic';

/**
 * The test rule of blue/green, canary and linear deployments: on the service's own listener, the
 * service's conditions plus the header X-Deploy-Test: green, at a priority ahead of the production
 * rule (a lower number: the load balancer tries rules in that order, so a request with the header
 * reaches this rule first). ECS points it at the green revision during TEST_TRAFFIC_SHIFT, so a
 * smoke test reaches the new version before any production request does. With rolling updates the
 * rule has no use and is deleted.
 */

const TEST_CONDITION: RuleCondition = {
  Field: 'http-header',
  HttpHeaderConfig: { HttpHeaderName: TEST_TRAFFIC_HEADER.name, Values: [TEST_TRAFFIC_HEADER.value] },
};

function testConditions(spec: LoadBalancerSpec): RuleCondition[] {
  const base = spec.routing.kind === 'rule' ? toConditions(spec.routing.conditions) : [];
  return [...base, TEST_CONDITION];
}

function describeTest(spec: LoadBalancerSpec): string {
  const base = spec.routing.kind === 'rule' ? `${describeConditions(spec.routing.conditions)} and ` : '';
  return `${base}header ${TEST_TRAFFIC_HEADER.name}: ${TEST_TRAFFIC_HEADER.value}`;
}

/** The service's test rule among the listener's rules: the header condition and a forward to its groups. */
function findTestRule(rules: Rule[], groups: ServiceTargetGroups, alternate?: string): Rule | undefined {
  const own = [groups.main, alternate].filter(Boolean);
  return rules.find((r) => isTestRule(r) && forwardWeights(r.Actions).some((w) => own.includes(w.arn)));
}

/**
 * Makes the test rule exist (blue/green, canary, linear) or not (rolling). `production` is the
 * production rule as ensureRule left it; with default routing (no host or path) there is no
 * production rule and any free priority of the band is ahead of the listener's default action.
 */
export async function ensureTestRule(
  ctx: StackContext,
  listener: Listener | undefined,
  spec: LoadBalancerSpec,
  groups: ServiceTargetGroups,
  production: RuleOutcome | undefined,
): Promise<string | undefined> {
  const name = `${spec.targetGroup.name} (test)`;
  const wanted = spec.alternateTargetGroup !== undefined;
  if (!listener?.ListenerArn) {
    if (wanted) ctx.record({ action: 'create', resource: 'listener-rule', name, detail: describeTest(spec) });
    return undefined;
  }
  const rules = (await elbv2.describeRules(ctx.clients.elbv2, listener.ListenerArn)).filter(
    (r) => !r.IsDefault,
  );
  const mine = findTestRule(rules, groups, production?.standby ?? groups.alternate);
  if (!wanted) {
    if (mine?.RuleArn) {
      if (!ctx.plan) await elbv2.deleteRule(ctx.clients.elbv2, mine.RuleArn);
      ctx.record({
        action: 'delete',
        resource: 'listener-rule',
        name,
        detail: 'strategy rolling has no test traffic',
      });
    }
    return undefined;
  }
  const limit = production && spec.routing.kind === 'rule' ? production.priority : undefined;
  if (mine?.RuleArn)
    return keepTestRule(ctx, { spec, groups, name, limit, listenerArn: listener.ListenerArn }, mine, rules);
  return createTestRule(
    ctx,
    { spec, groups, name, limit, listenerArn: listener.ListenerArn },
    rules,
    production,
  );
}

interface TestRuleWanted {
  spec: LoadBalancerSpec;
  groups: ServiceTargetGroups;
  name: string;
  /** The production rule's priority: the test rule's must be lower. */
  limit?: number;
  listenerArn: string;
}

/** The test rule exists: its conditions, forward and place ahead of the production rule corrected. */
async function keepTestRule(
  ctx: StackContext,
  w: TestRuleWanted,
  mine: Rule,
  rules: Rule[],
): Promise<string> {
  const forward = planForward(mine.Actions, w.groups, true);
  const wantedConditions = JSON.stringify(testConditions(w.spec).map(conditionKey).sort());
  const conditionsDrift =
    JSON.stringify((mine.Conditions ?? []).map(conditionKey).sort()) !== wantedConditions;
  const priority = Number(mine.Priority);
  const misplaced = w.limit !== undefined && priority >= w.limit;
  if (!ctx.plan && (forward.action || conditionsDrift))
    await elbv2.modifyRule(ctx.clients.elbv2, {
      RuleArn: mine.RuleArn,
      Conditions: testConditions(w.spec),
      ...(forward.action ? { Actions: [forward.action] } : {}),
    });
  let moved: number | undefined;
  if (misplaced) {
    const taken = rules.map((r) => Number(r.Priority)).filter(Number.isFinite);
    moved = choosePriority(taken, [bandOf(w.spec)[0], w.limit! - 1]);
    if (!ctx.plan) await elbv2.setRulePriority(ctx.clients.elbv2, mine.RuleArn!, moved);
  }
  const changed = forward.action || conditionsDrift || misplaced;
  ctx.record({
    action: changed ? 'update' : 'keep',
    resource: 'listener-rule',
    name: w.name,
    detail: `${describeTest(w.spec)}, priority ${moved ?? priority}`,
  });
  return mine.RuleArn!;
}

function conditionKey(c: RuleCondition): string {
  const values =
    c.HostHeaderConfig?.Values ?? c.PathPatternConfig?.Values ?? c.HttpHeaderConfig?.Values ?? c.Values ?? [];
  const header = c.HttpHeaderConfig?.HttpHeaderName?.toLowerCase() ?? '';
  return `${c.Field}:${header}:${[...values].sort().join('|')}`;
}

function bandOf(spec: LoadBalancerSpec): [number, number] {
  return spec.routing.kind === 'rule' ? spec.routing.band : [1, 50000];
}

/**
 * A new test rule at the lowest free priority ahead of the production rule. When every priority
 * ahead of it is taken (a service that rolled before and got the lowest free number), the
 * production rule moves to the next free priority after it and the test rule takes its place: the
 * rules in between belong to other services, whose conditions do not overlap this one's.
 */
async function createTestRule(
  ctx: StackContext,
  w: TestRuleWanted,
  rules: Rule[],
  production: RuleOutcome | undefined,
): Promise<string | undefined> {
  const taken = rules.map((r) => Number(r.Priority)).filter(Number.isFinite);
  const [lo, hi] = bandOf(w.spec);
  let priority: number;
  if (w.limit === undefined) priority = choosePriority(taken, [lo, hi]);
  else if (hasFree(taken, lo, w.limit - 1)) priority = choosePriority(taken, [lo, w.limit - 1]);
  else priority = await makeRoomAhead(ctx, w, taken, production);
  const serving = production?.serving ?? w.groups.main;
  const action = serving ? forwardTo(serving, production?.standby ?? w.groups.alternate) : undefined;
  let arn: string | undefined;
  if (!ctx.plan && action) {
    try {
      arn = (
        await elbv2.createRule(ctx.clients.elbv2, {
          ListenerArn: w.listenerArn,
          Priority: priority,
          Conditions: testConditions(w.spec),
          Actions: [action],
          Tags: elbv2.toTagList(ctx.desired.tags),
        })
      ).RuleArn;
    } catch (err) {
      if (isAwsError(err, 'PriorityInUse'))
        throw new Error(
          `Could not create the test rule for ${w.spec.targetGroup.name}: priority ${priority} was taken by a concurrent change. Retry the job.`,
        );
      throw err;
    }
  }
  ctx.record({
    action: 'create',
    resource: 'listener-rule',
    name: w.name,
    detail: `${describeTest(w.spec)}, priority ${priority}`,
  });
  return arn;
}

function hasFree(taken: number[], lo: number, hi: number): boolean {
  const used = new Set(taken);
  for (let p = lo; p <= hi; p++) if (!used.has(p)) return true;
  return false;
}

/** Moves the production rule to the next free priority after it; returns the one it left, for the test rule. */
async function makeRoomAhead(
  ctx: StackContext,
  w: TestRuleWanted,
  taken: number[],
  production: RuleOutcome | undefined,
): Promise<number> {
  const limit = w.limit!;
  if (w.spec.routing.kind === 'rule' && w.spec.routing.fixedPriority !== undefined)
    throw new Error(
      `Input 'rule-priority': the test rule of strategy ${ctx.config.strategy.kind} must come before the production rule (priority ${limit}), and every priority from ${bandOf(w.spec)[0]} to ${limit - 1} is taken. Set rule-priority to a number with a free one just before it.`,
    );
  const next = choosePriority(taken, [limit + 1, bandOf(w.spec)[1]]);
  if (!ctx.plan && production?.ruleArn)
    await elbv2.setRulePriority(ctx.clients.elbv2, production.ruleArn, next);
  ctx.record({
    action: 'update',
    resource: 'listener-rule',
    name: w.spec.targetGroup.name,
    detail: `priority ${limit} -> ${next}, to make room for the test rule ahead of it`,
  });
  return limit;
}
