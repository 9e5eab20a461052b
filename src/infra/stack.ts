import type { AwsClients } from '../aws/clients';
import type { DeployConfig } from '../config/types';
import { ensureCluster, ensureLogGroup } from './cluster';
import { StackContext, StackOptions, StackResult } from './context';
import { desiredStack } from './desired';
import { ensureLoadBalancedService, LoadBalancedService } from './load-balancer';
import { resolveNetwork } from './network';
import { checkExtraSecurityGroups, ensureTaskSecurityGroup } from './security-groups';
import { useExistingTargetGroup } from './target-group';

export type { StackOptions, StackResult } from './context';

/**
 * Makes everything the service needs exist, in dependency order: cluster, log group, network,
 * security groups, load balancer, target group, listeners, rule. In plan mode only Describe calls
 * are made and the changes say what would happen.
 */
export async function ensureStack(
  config: DeployConfig,
  clients: AwsClients,
  opts: StackOptions,
): Promise<StackResult> {
  // Every input problem surfaces here, before the first call that changes anything.
  const desired = desiredStack(config);
  const ctx = new StackContext(config, clients, desired, opts);
  const clusterArn = await ensureCluster(ctx);
  await ensureLogGroup(ctx);
  const network = await resolveNetwork(ctx);
  await checkExtraSecurityGroups(ctx, network.vpcId);

  let service: LoadBalancedService;
  if (desired.loadBalancer) {
    service = await ensureLoadBalancedService(ctx, desired.loadBalancer, network);
  } else {
    // Bring-your-own target group: the tasks admit whatever load balancers forward to it.
    const targetGroupArn = desired.existingTargetGroupArn as string;
    const { sources, loadBalancerArn } = await useExistingTargetGroup(ctx, targetGroupArn, network.vpcId);
    const taskGroupId = await ensureTaskSecurityGroup(ctx, network.vpcId, sources);
    service = { taskGroupId, targetGroupArn, loadBalancerArn };
  }
  const { taskGroupId, ...routing } = service;
  return {
    cluster: config.cluster,
    clusterArn,
    logGroup: desired.logGroup.name,
    subnets: network.taskSubnets,
    securityGroups: [...(taskGroupId ? [taskGroupId] : []), ...desired.extraSecurityGroups],
    assignPublicIp: desired.network.assignPublicIp,
    ...routing,
    changes: ctx.changes,
  };
}
