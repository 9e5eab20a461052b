import {
  CERTIFICATE_ARN,
  CONDITION_VALUE_MAX,
  elbNameProblem,
  HEALTH_CHECK,
  MAX_CONDITION_VALUES_PER_RULE,
  RULE_PRIORITY_MAX,
  RULE_PRIORITY_MIN,
  SSL_POLICY,
  TARGET_GROUP_ARN,
} from './aws-limits';
import type { HealthCheckConfig } from './health-check';
import { check, InputError, InputReader } from './reader';
import type { LoadBalancerConfig } from './types';

export const DEFAULT_SSL_POLICY = 'ELBSecurityPolicy-TLS13-1-2-2021-06';

/** The load balancer, its listeners and the rule or target group that routes to the service. */
export function readLoadBalancer(
  r: InputReader,
  warnings: string[],
  healthCheck: HealthCheckConfig,
): LoadBalancerConfig {
  const [delayMin, delayMax] = HEALTH_CHECK.deregistrationDelaySeconds;
  const lb: LoadBalancerConfig = {
    targetGroupArn: r.optional('target-group-arn'),
    name: r.optional('load-balancer-name'),
    scheme: r.oneOf('load-balancer-scheme', ['internet-facing', 'internal'] as const, 'internet-facing'),
    certificateArn: r.optional('certificate-arn'),
    sslPolicy: r.str('ssl-policy') || DEFAULT_SSL_POLICY,
    hostHeader: r.list('host-header'),
    pathPattern: r.list('path-pattern'),
    rulePriority: r.optionalInt('rule-priority', RULE_PRIORITY_MIN, RULE_PRIORITY_MAX),
    targetGroupName: r.optional('target-group-name'),
    healthCheck,
    deregistrationDelaySeconds: r.int('deregistration-delay', 30, delayMin, delayMax),
  };
  if (lb.targetGroupArn) checkOwnTargetGroup(lb, lb.targetGroupArn, warnings);
  if (lb.name !== undefined) checkElbName('load-balancer-name', lb.name, 'load balancer');
  if (lb.targetGroupName !== undefined) checkElbName('target-group-name', lb.targetGroupName, 'target group');
  if (lb.certificateArn)
    check(
      'certificate-arn',
      CERTIFICATE_ARN.test(lb.certificateArn),
      'be an ACM certificate ARN (arn:aws:acm:<region>:<account>:certificate/<id>) or an IAM server certificate ARN (arn:aws:iam::<account>:server-certificate/<name>)',
      lb.certificateArn,
    );
  check(
    'ssl-policy',
    SSL_POLICY.test(lb.sslPolicy),
    `be an ELB security policy name such as '${DEFAULT_SSL_POLICY}'`,
    lb.sslPolicy,
  );
  checkRuleConditions(lb);
  if (
    lb.rulePriority !== undefined &&
    !lb.hostHeader.length &&
    !lb.pathPattern.length &&
    !lb.targetGroupArn
  ) {
    warnings.push(
      "Input 'rule-priority' is not used without 'host-header' or 'path-pattern' (the listener's default action routes to the service); remove it.",
    );
  }
  return lb;
}

/** With the user's own target group the action creates no load balancer, listener or rule. */
function checkOwnTargetGroup(lb: LoadBalancerConfig, arn: string, warnings: string[]): void {
  check(
    'target-group-arn',
    TARGET_GROUP_ARN.test(arn),
    'be a target group ARN (arn:aws:elasticloadbalancing:<region>:<account>:targetgroup/<name>/<id>)',
    arn,
  );
  if (lb.hostHeader.length || lb.pathPattern.length) {
    throw new InputError(
      'target-group-arn',
      "Inputs 'target-group-arn' and 'host-header'/'path-pattern' contradict: with your own target group the action creates no load balancer or listener rule. Remove 'target-group-arn' to let the action route, or route to your target group yourself.",
    );
  }
  const ignored = (
    [
      ['load-balancer-name', lb.name],
      ['certificate-arn', lb.certificateArn],
      ['target-group-name', lb.targetGroupName],
      ['rule-priority', lb.rulePriority],
    ] as const
  ).filter(([, v]) => v !== undefined);
  for (const [name] of ignored) {
    warnings.push(
      `Input '${name}' is not used with 'target-group-arn' (your own target group: the action creates no load balancer); remove it.`,
    );
  }
}

/** A name given as input is checked, never rewritten: it may name a load balancer or target group that exists. */
function checkElbName(input: string, value: string, kind: 'load balancer' | 'target group'): void {
  const problem = elbNameProblem(value, kind);
  if (!problem) return;
  throw new InputError(
    input,
    `Input '${input}' cannot be used as a ${kind} name: ${problem}. AWS allows at most 32 letters, digits and hyphens, not starting or ending with a hyphen.`,
  );
}

/** One listener rule: host names and paths of at most 128 characters, 5 values together. */
function checkRuleConditions(lb: LoadBalancerConfig): void {
  for (const h of lb.hostHeader)
    check(
      'host-header',
      h.length <= CONDITION_VALUE_MAX && h.includes('.') && /^[A-Za-z0-9.*?-]+$/.test(h),
      `list host names of at most ${CONDITION_VALUE_MAX} characters with a '.' (wildcards * and ? allowed)`,
      h,
    );
  for (const p of lb.pathPattern)
    check(
      'path-pattern',
      p.length <= CONDITION_VALUE_MAX && p.startsWith('/'),
      `list paths starting with '/' of at most ${CONDITION_VALUE_MAX} characters, such as '/api/*'`,
      p,
    );
  const values = lb.hostHeader.length + lb.pathPattern.length;
  if (values > MAX_CONDITION_VALUES_PER_RULE) {
    throw new InputError(
      'host-header',
      `Inputs 'host-header' and 'path-pattern' may hold at most ${MAX_CONDITION_VALUES_PER_RULE} values together (one listener rule's limit); got ${values}.`,
    );
  }
}
