import {
  Cluster,
  CreateClusterCommand,
  DescribeClustersCommand,
  ECSClient,
  UpdateClusterSettingsCommand,
} from '@aws-sdk/client-ecs';
import {
  CloudWatchLogsClient,
  CreateLogGroupCommand,
  DeleteRetentionPolicyCommand,
  DescribeLogGroupsCommand,
  LogGroup,
  PutRetentionPolicyCommand,
} from '@aws-sdk/client-cloudwatch-logs';

/**
 * The cluster and log-group calls of the stack. They sit here rather than in src/aws/ecs.ts and
 * src/aws/logs.ts because those modules belong to the deploy pipeline's read/write surface; these
 * are the stack's own, kept as narrow as the aws/ modules.
 */

const MAX_PAGES = 1000;

/** The cluster, or undefined when missing or INACTIVE (a deleted cluster is re-created by name). */
export async function describeCluster(client: ECSClient, name: string): Promise<Cluster | undefined> {
  const out = await client.send(
    new DescribeClustersCommand({ clusters: [name], include: ['SETTINGS', 'TAGS'] }),
  );
  const cluster = out.clusters?.find((c) => c.clusterName === name || c.clusterArn?.endsWith(`/${name}`));
  if (!cluster || cluster.status === 'INACTIVE') return undefined;
  return cluster;
}

export async function createCluster(
  client: ECSClient,
  input: { name: string; containerInsights: boolean; tags: Record<string, string> },
): Promise<Cluster> {
  const out = await client.send(
    new CreateClusterCommand({
      clusterName: input.name,
      settings: [{ name: 'containerInsights', value: input.containerInsights ? 'enabled' : 'disabled' }],
      tags: Object.entries(input.tags).map(([key, value]) => ({ key, value })),
    }),
  );
  if (!out.cluster) throw new Error(`CreateCluster ${input.name} returned no cluster.`);
  return out.cluster;
}

export async function setContainerInsights(client: ECSClient, name: string, enabled: boolean): Promise<void> {
  await client.send(
    new UpdateClusterSettingsCommand({
      cluster: name,
      settings: [{ name: 'containerInsights', value: enabled ? 'enabled' : 'disabled' }],
    }),
  );
}

/** Container Insights as the cluster reports it; 'enhanced' counts as on. */
export function containerInsightsOf(cluster: Cluster): boolean {
  const value = cluster.settings?.find((s) => s.name === 'containerInsights')?.value;
  return value === 'enabled' || value === 'enhanced';
}

/** The log group of exactly this name (DescribeLogGroups matches by prefix, so it pages and filters). */
export async function findLogGroup(
  client: CloudWatchLogsClient,
  name: string,
): Promise<LogGroup | undefined> {
  let token: string | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    const out = await client.send(
      new DescribeLogGroupsCommand({ logGroupNamePrefix: name, nextToken: token }),
    );
    const found = (out.logGroups ?? []).find((g) => g.logGroupName === name);
    if (found) return found;
    token = out.nextToken;
    if (!token) break;
  }
  return undefined;
}

export async function createLogGroup(
  client: CloudWatchLogsClient,
  name: string,
  tags: Record<string, string>,
): Promise<void> {
  await client.send(new CreateLogGroupCommand({ logGroupName: name, tags }));
}

export async function setRetention(client: CloudWatchLogsClient, name: string, days: number): Promise<void> {
  if (days === 0) await client.send(new DeleteRetentionPolicyCommand({ logGroupName: name }));
  else await client.send(new PutRetentionPolicyCommand({ logGroupName: name, retentionInDays: days }));
}
