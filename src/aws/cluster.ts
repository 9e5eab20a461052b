import {
  Cluster,
  CreateClusterCommand,
  DescribeClustersCommand,
  ECSClient,
  UpdateClusterSettingsCommand,
} from '@aws-sdk/client-ecs';

/** The ECS cluster the stack makes sure of (the services' calls are in ecs.ts). */
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
