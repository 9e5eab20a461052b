import {
  CANARY_PERCENT,
  DEPLOYMENT_BAKE_MINUTES,
  isTenth,
  joinOr,
  LINEAR_STEP_PERCENT,
  MAX_CONDITION_VALUES_PER_RULE,
  ROLE_ARN,
} from './aws-limits';
import { check, InputError, InputReader } from './reader';
import type { ErrorAlarmConfig, LoadBalancerConfig, Mode, StrategyConfig, StrategyKind } from './types';

const STRATEGIES: readonly StrategyKind[] = ['rolling', 'blue-green', 'canary', 'linear'];

/** The defaults, the same as action.yml's (ECS's own for canary and linear). */
export const STRATEGY_DEFAULTS = {
  bakeMinutes: 5,
  canary: { percent: 5, bakeMinutes: 10 },
  linear: { stepPercent: 10, stepBakeMinutes: 6 },
  smokeTestStatus: '200-299',
} as const;
export const ERROR_ALARM_DEFAULTS = { thresholdPercent: 5, minRequests: 20 } as const;

/** The managed policy ECS's infrastructure role for load balancers needs (named in errors and docs). */
export const INFRASTRUCTURE_ROLE_POLICY = 'AmazonECSInfrastructureRolePolicyForLoadBalancers';

const SMOKE_TEST_PATH_MAX = 1024;
/**
 * The header (name and value) that sends a request to the green revision through the test rule
 * (re-exported by src/infra/context.ts, where the stack uses it).
 */
export const TEST_TRAFFIC_HEADER = { name: 'X-Deploy-Test', value: 'green' } as const;

/** What the strategy section needs from the sections read before it. */
export interface StrategyContext {
  mode: Mode;
  loadBalancer: Pick<LoadBalancerConfig, 'targetGroupArn' | 'hostHeader' | 'pathPattern'>;
}

/**
 * How a new version replaces the running one (the strategy inputs) and the error alarm that rolls
 * it back (rollback-on-errors). Every input is read before anything is checked.
 */
export function readStrategy(
  r: InputReader,
  warnings: string[],
  ctx: StrategyContext,
): { strategy: StrategyConfig; errorAlarm: ErrorAlarmConfig } {
  const [bakeMin, bakeMax] = DEPLOYMENT_BAKE_MINUTES;
  const D = STRATEGY_DEFAULTS;
  const asked = r.oneOf('strategy', STRATEGIES, 'rolling');
  const strategy: StrategyConfig = {
    kind: asked,
    bakeMinutes: r.int('bake-minutes', D.bakeMinutes, bakeMin, bakeMax),
    canary: {
      percent: percentInput(r, 'canary-percent', D.canary.percent, CANARY_PERCENT),
      bakeMinutes: r.int('canary-bake-minutes', D.canary.bakeMinutes, bakeMin, bakeMax),
    },
    linear: {
      stepPercent: percentInput(r, 'linear-step-percent', D.linear.stepPercent, LINEAR_STEP_PERCENT),
      stepBakeMinutes: r.int('linear-step-bake-minutes', D.linear.stepBakeMinutes, bakeMin, bakeMax),
    },
    infrastructureRoleArn: r.optional('infrastructure-role-arn'),
  };
  const smokePath = r.optional('smoke-test-path');
  const smokeStatus = r.str('smoke-test-status') || D.smokeTestStatus;
  const errorAlarm = readErrorAlarm(r);
  if (strategy.infrastructureRoleArn)
    check(
      'infrastructure-role-arn',
      ROLE_ARN.test(strategy.infrastructureRoleArn),
      'be an IAM role ARN (arn:aws:iam::<account>:role/<name>); ECS takes no bare role name here',
      strategy.infrastructureRoleArn,
    );
  if (smokePath !== undefined) strategy.smokeTest = readSmokeTest(smokePath, smokeStatus);
  else checkStatusRanges('smoke-test-status', smokeStatus);
  if (ctx.mode === 'preview' && asked !== 'rolling') {
    warnings.push(
      `Input 'strategy' (${asked}) is not used for previews: previews always use rolling updates (a preview has one short-lived version and no production traffic to shift).`,
    );
    strategy.kind = 'rolling';
  }
  if (ctx.mode === 'deploy' || ctx.mode === 'preview') {
    checkStrategyNeeds(strategy, ctx);
    warnUnused(strategy, warnings);
  }
  return { strategy, errorAlarm };
}

function readErrorAlarm(r: InputReader): ErrorAlarmConfig {
  const enabled = r.bool('rollback-on-errors', true);
  const thresholdText = r.str('error-rate-threshold');
  const minRequests = r.int('error-rate-min-requests', ERROR_ALARM_DEFAULTS.minRequests, 1, 1_000_000);
  let thresholdPercent: number = ERROR_ALARM_DEFAULTS.thresholdPercent;
  if (thresholdText) {
    const n = Number(thresholdText);
    check(
      'error-rate-threshold',
      /^\d+(\.\d+)?$/.test(thresholdText) && n > 0 && n <= 100,
      'be a percentage above 0 and at most 100 (the share of requests answered 5xx by the targets in one minute), such as 5 or 0.5',
      thresholdText,
    );
    thresholdPercent = n;
  }
  return { enabled, thresholdPercent, minRequests };
}

/** A traffic percentage as ECS takes it: a multiple of 0.1 within the range. */
function percentInput(r: InputReader, name: string, def: number, [min, max]: [number, number]): number {
  const v = r.str(name);
  if (!v) return def;
  const n = Number(v);
  check(
    name,
    /^\d+(\.\d+)?$/.test(v) && n >= min && n <= max && isTenth(n),
    `be a percentage from ${min} to ${max} in steps of 0.1`,
    v,
  );
  return n;
}

function readSmokeTest(path: string, status: string): { path: string; status: string } {
  check(
    'smoke-test-path',
    path.startsWith('/') && path.length <= SMOKE_TEST_PATH_MAX && !/\s/.test(path),
    `be a request path starting with '/' (without spaces, at most ${SMOKE_TEST_PATH_MAX} characters), such as '/health/deep'`,
    path,
  );
  checkStatusRanges('smoke-test-status', status);
  return { path, status };
}

/** HTTP status codes 100..599: one code, a range ('200-299') or a comma-separated list of either. */
function checkStatusRanges(name: string, value: string): void {
  const ok = value.split(',').every((part) => {
    const m = /^(\d{3})(?:-(\d{3}))?$/.exec(part.trim());
    if (!m) return false;
    const lo = Number(m[1]);
    const hi = m[2] === undefined ? lo : Number(m[2]);
    return lo >= 100 && hi <= 599 && lo <= hi;
  });
  check(name, ok, "list HTTP status codes or ranges from 100 to 599, such as '200-299' or '200,204'", value);
}

/** Blue/green, canary and linear need the infrastructure role and a listener rule the action manages. */
function checkStrategyNeeds(strategy: StrategyConfig, ctx: StrategyContext): void {
  if (strategy.kind === 'rolling') return;
  if (ctx.loadBalancer.targetGroupArn)
    throw new InputError(
      'strategy',
      `Input 'strategy' ${strategy.kind} is not supported with 'target-group-arn': ECS shifts traffic by rewriting the listener rules the action creates, and with your own target group the action manages no load balancer, listener or rule. Remove 'target-group-arn' (the action then makes the load balancer, both target groups and the rules), or use strategy rolling.`,
    );
  const values = ctx.loadBalancer.hostHeader.length + ctx.loadBalancer.pathPattern.length;
  if (values > MAX_CONDITION_VALUES_PER_RULE - 1)
    throw new InputError(
      'host-header',
      `Inputs 'host-header' and 'path-pattern' may hold at most ${MAX_CONDITION_VALUES_PER_RULE - 1} values together with strategy ${strategy.kind}: the test rule matches them plus the header ${TEST_TRAFFIC_HEADER.name}, and a listener rule takes at most ${MAX_CONDITION_VALUES_PER_RULE} values; got ${values}.`,
    );
  if (!strategy.infrastructureRoleArn)
    throw new InputError(
      'infrastructure-role-arn',
      `Input 'strategy' ${strategy.kind} needs 'infrastructure-role-arn': the IAM role ECS assumes to move traffic between the two target groups. Create a role that ecs.amazonaws.com may assume (trust policy with Principal {"Service": "ecs.amazonaws.com"} and Action sts:AssumeRole), attach the AWS managed policy ${INFRASTRUCTURE_ROLE_POLICY}, and give its ARN (see docs/infrastructure.md).`,
    );
}

/** Settings of another strategy than the chosen one, given with a value other than the default: said, not failed. */
function warnUnused(strategy: StrategyConfig, warnings: string[]): void {
  const D = STRATEGY_DEFAULTS;
  const unused: [string, boolean, StrategyKind[]][] = [
    ['bake-minutes', strategy.bakeMinutes !== D.bakeMinutes, ['blue-green', 'canary', 'linear']],
    ['canary-percent', strategy.canary.percent !== D.canary.percent, ['canary']],
    ['canary-bake-minutes', strategy.canary.bakeMinutes !== D.canary.bakeMinutes, ['canary']],
    ['linear-step-percent', strategy.linear.stepPercent !== D.linear.stepPercent, ['linear']],
    ['linear-step-bake-minutes', strategy.linear.stepBakeMinutes !== D.linear.stepBakeMinutes, ['linear']],
    [
      'infrastructure-role-arn',
      strategy.infrastructureRoleArn !== undefined,
      ['blue-green', 'canary', 'linear'],
    ],
    ['smoke-test-path', strategy.smokeTest !== undefined, ['blue-green', 'canary', 'linear']],
  ];
  for (const [name, given, usedBy] of unused)
    if (given && !usedBy.includes(strategy.kind))
      warnings.push(
        `Input '${name}' is not used with strategy ${strategy.kind} (only with ${joinOr(usedBy)}); remove it.`,
      );
}
