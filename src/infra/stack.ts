import type { AwsClients } from '../aws/clients';
import type { DeployConfig } from '../config/types';
import { AlarmTarget, ensureErrorAlarm } from './alarms';
import { ensureCluster, ensureLogGroup } from './cluster';
import { StackContext, StackOptions, StackResult } from './context';
import { desiredStack } from './desired';
import { ensureLoadBalancedService, LoadBalancedService } from './load-balancer';
import { checkStackReferences, StackReferences } from './references';
import { ensureTaskSecurityGroup } from './security-groups';

export type { StackOptions, StackResult } from './context';
export type { StackReferences } from './references';

/**
 * Makes everything the service needs exist, in dependency order: cluster, log group, network,
 * security groups, load balancer, target group, listeners, rule. The resources the inputs name are
 * read and checked first (`checked`, from the preflight, or read here): nothing is changed when one
 * is wrong. In plan mode only Describe calls are made and the changes say what would happen.
 */
export async function ensureStack(
  config: DeployConfig,
  clients: AwsClients,
  opts: StackOptions,
  checked?: StackReferences,
): Promise<StackResult> {
  // Every input problem surfaces here, before the first call that changes anything.
  const desired = desiredStack(config);
  const refs = checked ?? (await checkStackReferences(config, clients, opts));
  const ctx = new StackContext(config, clients, desired, opts);
  const clusterArn = await ensureCluster(ctx);
  await ensureLogGroup(ctx);
  const network = refs.network;

  let service: LoadBalancedService;
  if (desired.loadBalancer) {
    service = await ensureLoadBalancedService(ctx, desired.loadBalancer, network, refs.loadBalancer);
  } else {
    // Bring-your-own target group: the tasks admit whatever load balancers forward to it.
    const targetGroupArn = desired.existingTargetGroupArn as string;
    const { sources, loadBalancerArn } = refs.ownTargetGroup ?? { sources: [] };
    const taskGroupId = await ensureTaskSecurityGroup(ctx, network.vpcId, sources);
    service = { taskGroupId, targetGroupArn, loadBalancerArn };
  }
  const { taskGroupId, ...routing } = service;
  const errorAlarm = await ensureErrorAlarm(ctx, alarmTargets(routing));
  return {
    cluster: config.cluster,
    clusterArn,
    logGroup: desired.logGroup.name,
    subnets: network.taskSubnets,
    securityGroups: [...(taskGroupId ? [taskGroupId] : []), ...desired.extraSecurityGroups],
    assignPublicIp: desired.network.assignPublicIp,
    ...routing,
    ...(errorAlarm ? { errorAlarm } : {}),
    changes: [...refs.changes, ...ctx.changes],
  };
}

/** The target groups the error alarm counts: the service's one or two, with their load balancer. */
function alarmTargets(routing: Omit<LoadBalancedService, 'taskGroupId'>): AlarmTarget[] {
  const { loadBalancerArn } = routing;
  if (!loadBalancerArn) return [];
  return (
    [routing.targetGroupArn, routing.alternateTargetGroupArn]
      .filter((arn): arn is string => arn !== undefined)
      // In a stable order: which group serves changes with every blue/green deployment, the alarm does not.
      .sort()
      .map((targetGroupArn) => ({ targetGroupArn, loadBalancerArn }))
  );
}
