import * as cluster from '../aws/cluster';
import * as logGroups from '../aws/log-groups';
import type { StackContext } from './context';
import { changeFor, FieldDrift, retentionDrift } from './diff';

/** The ECS cluster, created or with Container Insights corrected; its ARN (none in plan mode when new). */
export async function ensureCluster(ctx: StackContext): Promise<string | undefined> {
  const { name, containerInsights } = ctx.desired.cluster;
  const actual = await cluster.describeCluster(ctx.clients.ecs, name);
  if (!actual) {
    let arn: string | undefined;
    if (!ctx.plan)
      arn = (
        await cluster.createCluster(ctx.clients.ecs, { name, containerInsights, tags: ctx.desired.tags })
      ).clusterArn;
    ctx.record({
      action: 'create',
      resource: 'ecs-cluster',
      name,
      detail: `container insights ${containerInsights ? 'on' : 'off'}`,
    });
    return arn;
  }
  const drift: FieldDrift[] = [];
  if (cluster.containerInsightsOf(actual) !== containerInsights)
    drift.push({
      field: 'container insights',
      actual: cluster.containerInsightsOf(actual),
      desired: containerInsights,
    });
  if (drift.length > 0 && !ctx.plan)
    await cluster.setContainerInsights(ctx.clients.ecs, name, containerInsights);
  ctx.record(changeFor('ecs-cluster', name, drift));
  return actual.clusterArn;
}

/** The service's log group, created or with its retention corrected. */
export async function ensureLogGroup(ctx: StackContext): Promise<void> {
  const { name, retentionDays } = ctx.desired.logGroup;
  const actual = await logGroups.findLogGroup(ctx.clients.logs, name);
  if (!actual) {
    if (!ctx.plan) {
      await logGroups.createLogGroup(ctx.clients.logs, name, ctx.desired.tags);
      if (retentionDays !== 0) await logGroups.setRetention(ctx.clients.logs, name, retentionDays);
    }
    ctx.record({
      action: 'create',
      resource: 'log-group',
      name,
      detail: `retention ${retentionDays || 'never expires'}${retentionDays ? ' days' : ''}`,
    });
    return;
  }
  const drift = retentionDrift(retentionDays, actual.retentionInDays);
  if (drift.length > 0 && !ctx.plan) await logGroups.setRetention(ctx.clients.logs, name, retentionDays);
  ctx.record(changeFor('log-group', name, drift));
}
