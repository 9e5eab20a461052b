import {
  DeleteServiceCommand,
  DeregisterTaskDefinitionCommand,
  DescribeServicesCommand,
  ECSClient,
  ListServicesCommand,
  Service,
  TagResourceCommand,
  UpdateServiceCommand,
} from '@aws-sdk/client-ecs';
import {
  AddTagsCommand,
  DeleteRuleCommand,
  DeleteTargetGroupCommand,
  DescribeTargetGroupsCommand,
  ElasticLoadBalancingV2Client,
  TargetGroup,
} from '@aws-sdk/client-elastic-load-balancing-v2';
import {
  CloudWatchLogsClient,
  DeleteLogGroupCommand,
  ListTagsForResourceCommand,
} from '@aws-sdk/client-cloudwatch-logs';
import { allPages } from '../aws/paging';

/**
 * The preview modes' own AWS calls (deletes, tag reads and writes, listings), kept as narrow as the
 * src/aws modules, which belong to the deploy pipeline: nothing else in src/preview calls send().
 */

// ---- ELBv2 ----------------------------------------------------------------------------------

export async function deleteRule(client: ElasticLoadBalancingV2Client, ruleArn: string): Promise<void> {
  await client.send(new DeleteRuleCommand({ RuleArn: ruleArn }));
}

export async function deleteTargetGroup(client: ElasticLoadBalancingV2Client, arn: string): Promise<void> {
  await client.send(new DeleteTargetGroupCommand({ TargetGroupArn: arn }));
}

/** Every target group of the account and region, or those a load balancer forwards to. */
export async function listTargetGroups(
  client: ElasticLoadBalancingV2Client,
  loadBalancerArn?: string,
): Promise<TargetGroup[]> {
  return allPages(async (marker) => {
    const out = await client.send(
      new DescribeTargetGroupsCommand({
        ...(loadBalancerArn ? { LoadBalancerArn: loadBalancerArn } : {}),
        Marker: marker,
        PageSize: 400,
      }),
    );
    return { items: out.TargetGroups, next: out.NextMarker };
  });
}

/** AddTags overwrites the values of keys that exist: how the expiry moves on with every push. */
export async function addElbTags(
  client: ElasticLoadBalancingV2Client,
  arns: string[],
  tags: Record<string, string>,
): Promise<void> {
  if (arns.length === 0) return;
  await client.send(
    new AddTagsCommand({
      ResourceArns: arns,
      Tags: Object.entries(tags).map(([Key, Value]) => ({ Key, Value })),
    }),
  );
}

// ---- ECS ------------------------------------------------------------------------------------

export function ecsTags(tags: { key?: string; value?: string }[] | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const t of tags ?? []) if (t.key) out[t.key] = t.value ?? '';
  return out;
}

/** The service with its tags, or undefined when it does not exist or is INACTIVE. */
export async function describeServiceWithTags(
  client: ECSClient,
  cluster: string,
  service: string,
): Promise<Service | undefined> {
  try {
    const out = await client.send(
      new DescribeServicesCommand({ cluster, services: [service], include: ['TAGS'] }),
    );
    const s = out.services?.[0];
    return s && s.status !== 'INACTIVE' ? s : undefined;
  } catch (err) {
    if ((err as { name?: string }).name === 'ClusterNotFoundException') return undefined;
    throw err;
  }
}

/** Every service of a cluster with its tags (DescribeServices takes 10 at a time). */
export async function listServicesWithTags(client: ECSClient, cluster: string): Promise<Service[]> {
  let arns: string[];
  try {
    arns = await allPages(async (token) => {
      const out = await client.send(new ListServicesCommand({ cluster, nextToken: token, maxResults: 100 }));
      return { items: out.serviceArns, next: out.nextToken };
    });
  } catch (err) {
    if ((err as { name?: string }).name === 'ClusterNotFoundException') return [];
    throw err;
  }
  const services: Service[] = [];
  for (let i = 0; i < arns.length; i += 10) {
    const out = await client.send(
      new DescribeServicesCommand({ cluster, services: arns.slice(i, i + 10), include: ['TAGS'] }),
    );
    services.push(...(out.services ?? []).filter((s) => s.status !== 'INACTIVE'));
  }
  return services;
}

export async function scaleServiceToZero(client: ECSClient, cluster: string, service: string): Promise<void> {
  await client.send(new UpdateServiceCommand({ cluster, service, desiredCount: 0 }));
}

/** force: delete even if tasks still run (they are already told to stop by the scale to zero). */
export async function deleteService(client: ECSClient, cluster: string, service: string): Promise<void> {
  await client.send(new DeleteServiceCommand({ cluster, service, force: true }));
}

export async function tagEcsResource(
  client: ECSClient,
  arn: string,
  tags: Record<string, string>,
): Promise<void> {
  await client.send(
    new TagResourceCommand({
      resourceArn: arn,
      tags: Object.entries(tags).map(([key, value]) => ({ key, value })),
    }),
  );
}

/**
 * ACTIVE revisions of exactly this family, newest first. ListTaskDefinitions filters by prefix, so
 * `web-pr-1` would also list `web-pr-12`: the family is compared exactly. The deploy pipeline prunes
 * with the same listing.
 */
export { listActiveRevisions } from '../aws/ecs';

export async function deregisterTaskDefinition(client: ECSClient, arn: string): Promise<void> {
  await client.send(new DeregisterTaskDefinitionCommand({ taskDefinition: arn }));
}

// ---- CloudWatch Logs ------------------------------------------------------------------------

/** ListTagsForResource wants the log group ARN without the `:*` DescribeLogGroups appends. */
export async function logGroupTags(
  client: CloudWatchLogsClient,
  arn: string,
): Promise<Record<string, string>> {
  const out = await client.send(new ListTagsForResourceCommand({ resourceArn: arn.replace(/:\*$/, '') }));
  return out.tags ?? {};
}

export async function deleteLogGroup(client: CloudWatchLogsClient, name: string): Promise<void> {
  await client.send(new DeleteLogGroupCommand({ logGroupName: name }));
}
