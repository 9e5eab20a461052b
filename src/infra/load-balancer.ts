import type { Listener, LoadBalancer } from '@aws-sdk/client-elastic-load-balancing-v2';
import * as elbv2 from '../aws/elbv2';
import type { StackContext } from './context';
import { LoadBalancerSpec, MANAGED_BY_KEY, MANAGED_BY_VALUE, serviceUrl } from './desired';
import { ensureListeners } from './listeners';
import type { Network } from './network';
import { alternateTargetGroupName } from './naming';
import { ensureRule, RuleOutcome } from './rule';
import { ensureLoadBalancerSecurityGroup, ensureTaskSecurityGroup } from './security-groups';
import { ensureTargetGroup } from './target-group';
import { ensureTestRule } from './test-rule';
import { planForward, ServiceTargetGroups } from './traffic';

/** What the load balancer path gives the service. */
export interface LoadBalancedService {
  taskGroupId?: string;
  /** The group production traffic goes to now (the main one, or after blue/green the alternate one). */
  targetGroupArn?: string;
  /** Blue/green, canary, linear: the other group, and the rules ECS shifts traffic with. */
  alternateTargetGroupArn?: string;
  productionRuleArn?: string;
  testRuleArn?: string;
  loadBalancerArn?: string;
  url?: string;
}

/**
 * The action's own load balancer path, in dependency order: the load balancer's security group
 * (only when the action made the load balancer), the tasks' group, the load balancer, the target
 * group, the listeners and, when routing by host or path, the rule. `existing` is the load balancer
 * of that name as the reference checks found it (its VPC, type and scheme already checked).
 */
export async function ensureLoadBalancedService(
  ctx: StackContext,
  spec: LoadBalancerSpec,
  network: Network,
  existing: LoadBalancer | undefined,
): Promise<LoadBalancedService> {
  let lbGroupId: string | undefined;
  if (await isManaged(ctx, existing)) {
    lbGroupId = await ensureLoadBalancerSecurityGroup(ctx, network.vpcId, spec);
  } else {
    ctx.log.info(
      `Load balancer ${spec.name} exists and was not created by this action: its security groups and listeners' defaults are left as they are.`,
    );
  }
  const sources = existing
    ? (existing.SecurityGroups ?? [])
    : [lbGroupId ?? `(new ${spec.securityGroupName})`];
  const taskGroupId = await ensureTaskSecurityGroup(ctx, network.vpcId, sources);
  const lb = await ensureLoadBalancer(ctx, spec, existing, network.loadBalancerSubnets, lbGroupId);
  const targetGroupArn = await ensureTargetGroup(ctx, spec.targetGroup, network.vpcId);
  const groups: ServiceTargetGroups = {
    main: targetGroupArn,
    alternate: spec.alternateTargetGroup
      ? await ensureTargetGroup(ctx, spec.alternateTargetGroup, network.vpcId)
      : undefined,
    alternateName: alternateTargetGroupName(spec.targetGroup.name),
  };
  const listener = await ensureListeners(ctx, spec, lb, groups);
  const production = await ensureProduction(ctx, spec, listener, groups);
  const testRuleArn = await ensureTestRule(ctx, listener, spec, groups, production);
  const blueGreen = spec.alternateTargetGroup !== undefined;
  return {
    taskGroupId,
    targetGroupArn: production.serving ?? targetGroupArn,
    ...(blueGreen
      ? {
          alternateTargetGroupArn: production.standby ?? groups.alternate,
          productionRuleArn: production.ruleArn,
          testRuleArn,
        }
      : {}),
    loadBalancerArn: lb?.LoadBalancerArn,
    url: announceUrl(ctx, spec, lb),
  };
}

/**
 * The production rule: the service's own rule (host or path routing), else the listener's default
 * rule (ECS shifts traffic by its forward action the same way). Its ARN is read only for
 * blue/green, canary and linear, which hand it to ECS.
 */
async function ensureProduction(
  ctx: StackContext,
  spec: LoadBalancerSpec,
  listener: Listener | undefined,
  groups: ServiceTargetGroups,
): Promise<RuleOutcome & { ruleArn?: string }> {
  const wantBoth = spec.alternateTargetGroup !== undefined;
  if (spec.routing.kind === 'rule')
    return ensureRule(ctx, listener, spec.routing, groups, {
      targetGroupName: spec.targetGroup.name,
      wantBoth,
    });
  const forward = planForward(listener?.DefaultActions, groups, wantBoth);
  let ruleArn: string | undefined;
  if (wantBoth && listener?.ListenerArn)
    ruleArn = (await elbv2.describeRules(ctx.clients.elbv2, listener.ListenerArn)).find(
      (r) => r.IsDefault,
    )?.RuleArn;
  return { priority: Number.POSITIVE_INFINITY, serving: forward.serving, standby: forward.standby, ruleArn };
}

async function isManaged(ctx: StackContext, lb: LoadBalancer | undefined): Promise<boolean> {
  if (!lb) return true;
  const arn = lb.LoadBalancerArn as string;
  const tags = await elbv2.describeTags(ctx.clients.elbv2, [arn]);
  return tags.get(arn)?.[MANAGED_BY_KEY] === MANAGED_BY_VALUE;
}

async function ensureLoadBalancer(
  ctx: StackContext,
  spec: LoadBalancerSpec,
  existing: LoadBalancer | undefined,
  subnets: string[],
  securityGroupId: string | undefined,
): Promise<LoadBalancer | undefined> {
  if (existing) {
    ctx.record({ action: 'keep', resource: 'load-balancer', name: spec.name, detail: existing.DNSName });
    return existing;
  }
  let created: LoadBalancer | undefined;
  if (!ctx.plan)
    created = await elbv2.createLoadBalancer(
      ctx.clients.elbv2,
      {
        Name: spec.name,
        Type: 'application',
        Scheme: spec.scheme,
        IpAddressType: 'ipv4',
        Subnets: subnets,
        SecurityGroups: securityGroupId ? [securityGroupId] : [],
        Tags: elbv2.toTagList(ctx.desired.tags),
      },
      ctx.consistency,
    );
  ctx.record({
    action: 'create',
    resource: 'load-balancer',
    name: spec.name,
    detail: `${spec.scheme}, subnets ${subnets.join(',')}`,
  });
  return created;
}

/** The service's URL, logged (with the load balancer's own address when a host rule needs DNS). */
function announceUrl(
  ctx: StackContext,
  spec: LoadBalancerSpec,
  lb: LoadBalancer | undefined,
): string | undefined {
  if (!lb?.DNSName) return undefined;
  const https = spec.routingPort === 443;
  const conditions = spec.routing.kind === 'rule' ? spec.routing.conditions : undefined;
  const url = serviceUrl(lb.DNSName, https, conditions);
  ctx.log.info(`Service URL: ${url}`);
  if (conditions?.hostHeader.length)
    ctx.log.info(
      `Load balancer address: ${serviceUrl(lb.DNSName, https)} (the rule matches host ${conditions.hostHeader.join(', ')}; point DNS at the load balancer)`,
    );
  return url;
}
