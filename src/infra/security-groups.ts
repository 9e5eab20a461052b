import * as ec2 from '../aws/ec2';
import { isAwsError } from '../aws/errors';
import { errorMessage } from '../util/errors';
import type { StackContext } from './context';
import {
  IngressPermission,
  loadBalancerIngress,
  LoadBalancerSpec,
  MANAGED_BY_KEY,
  MANAGED_BY_VALUE,
  taskIngress,
} from './desired';
import { describeIngress, ingressDiff } from './diff';

/**
 * Makes the group exist with at least `desiredIngress`. In a group the action created, grants
 * that `revocable` recognises as its own kind and that are no longer desired are revoked; a
 * group it did not create only ever gains rules.
 */
async function ensureSecurityGroup(
  ctx: StackContext,
  vpcId: string,
  group: { name: string; description: string },
  desiredIngress: IngressPermission[],
  revocable: (p: IngressPermission) => boolean,
): Promise<string | undefined> {
  const { name, description } = group;
  const existing = await ec2.findSecurityGroupByName(ctx.clients.ec2, vpcId, name);
  if (!existing?.GroupId) {
    let groupId: string | undefined;
    if (!ctx.plan) {
      groupId = await ec2.createSecurityGroup(ctx.clients.ec2, {
        vpcId,
        groupName: name,
        description,
        tags: ctx.desired.tags,
      });
      await ec2.authorizeIngress(ctx.clients.ec2, groupId, desiredIngress, ctx.consistency);
    }
    ctx.record({
      action: 'create',
      resource: 'security-group',
      name,
      detail: desiredIngress.map(describeIngress).join('; '),
    });
    return groupId;
  }
  const managed = ec2.ec2Tags(existing.Tags)[MANAGED_BY_KEY] === MANAGED_BY_VALUE;
  const { missing, extra } = ingressDiff(desiredIngress, ec2.flatIngress(existing));
  const toRevoke = managed ? extra.filter(revocable) : [];
  if (!ctx.plan) {
    await ec2.authorizeIngress(ctx.clients.ec2, existing.GroupId, missing, ctx.consistency);
    await ec2.revokeIngress(ctx.clients.ec2, existing.GroupId, toRevoke);
  }
  const detail = [
    ...missing.map((p) => `+ ${describeIngress(p)}`),
    ...toRevoke.map((p) => `- ${describeIngress(p)}`),
  ].join('; ');
  const named = `${name} (${existing.GroupId})`;
  ctx.record(
    detail
      ? { action: 'update', resource: 'security-group', name: named, detail }
      : { action: 'keep', resource: 'security-group', name: named },
  );
  return existing.GroupId;
}

/** The load balancer's group: its listener ports open to the world. */
export function ensureLoadBalancerSecurityGroup(
  ctx: StackContext,
  vpcId: string,
  spec: LoadBalancerSpec,
): Promise<string | undefined> {
  const ports = new Set(spec.listeners.map((l) => l.port));
  return ensureSecurityGroup(
    ctx,
    vpcId,
    { name: spec.securityGroupName, description: `Load balancer ${spec.name}: listener ports from anywhere` },
    loadBalancerIngress(spec.listeners),
    // Open-to-the-world grants at ports no listener uses any more (e.g. 443 after the certificate went).
    (p) => (p.cidr === '0.0.0.0/0' || p.ipv6Cidr === '::/0') && !ports.has(p.port),
  );
}

/** The tasks' group: only the load balancers' groups reach the container port. */
export function ensureTaskSecurityGroup(
  ctx: StackContext,
  vpcId: string,
  sourceGroupIds: string[],
): Promise<string | undefined> {
  const sources = new Set(sourceGroupIds);
  return ensureSecurityGroup(
    ctx,
    vpcId,
    {
      name: ctx.desired.taskSecurityGroupName,
      description: `Tasks of ECS service ${ctx.config.service} (${ctx.config.cluster}): only the load balancer reaches the container port`,
    },
    taskIngress(ctx.desired.containerPort, sourceGroupIds),
    // Only the load balancer grants at another port (the container port changed) are the action's.
    (p) => p.sourceGroupId !== undefined && sources.has(p.sourceGroupId),
  );
}

/** The security-groups input: each group exists and is in the tasks' VPC. */
export async function checkExtraSecurityGroups(ctx: StackContext, vpcId: string): Promise<void> {
  const ids = ctx.desired.extraSecurityGroups;
  if (ids.length === 0) return;
  let found;
  try {
    found = await ec2.describeSecurityGroupsById(ctx.clients.ec2, ids);
  } catch (err) {
    // Real EC2 fails the whole call for one unknown id instead of leaving it out.
    if (isAwsError(err, 'InvalidGroup.NotFound', 'InvalidGroupId.Malformed'))
      throw new Error(
        `Input 'security-groups': not found (${errorMessage(err)}). Check the security-groups input and the region (${ctx.config.region}).`,
      );
    throw err;
  }
  const missing = ids.filter((id) => !found.some((g) => g.GroupId === id));
  if (missing.length > 0) throw new Error(`Input 'security-groups': ${missing.join(', ')} not found.`);
  const elsewhere = found.filter((g) => g.VpcId !== vpcId);
  if (elsewhere.length > 0)
    throw new Error(
      `Input 'security-groups': ${elsewhere.map((g) => `${g.GroupId} (in ${g.VpcId})`).join(', ')} are not in the tasks' VPC ${vpcId}.`,
    );
  for (const g of found)
    ctx.record({
      action: 'keep',
      resource: 'security-group',
      name: `${g.GroupName} (${g.GroupId})`,
      detail: 'from the security-groups input',
    });
}
