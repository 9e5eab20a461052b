import type { ContainerDefinition, Service, UpdateServiceCommandInput } from '@aws-sdk/client-ecs';
import { isServiceNotIdempotent, shortTaskDefinition } from '../aws/ecs';
import { errorMessage } from '../util/errors';
import type { DeployConfig } from '../config/types';
import { DeployError, PhaseContext } from '../deploy/context';
import type { StackResult } from '../infra/index';
import { createServiceInput, serviceDrift, ServicePlacement, trafficPlacement } from './service-input';
import { unfinishedDeployments, waitForOtherDeployments } from './service-wait';
import { trafficContainer } from '../taskdef/container';
import { deregisterUnusedRevision, type Revision } from './revision';

export interface ServiceDeployment {
  service: Service;
  deploymentId: string;
  created: boolean;
  /** UpdateService was called (false when nothing differed). */
  updated: boolean;
  previousTaskDefinitionArn?: string;
  drift: string[];
}

/** The deployment the service's PRIMARY slot holds: after Create/UpdateService, the one this run started. */
export function primaryDeploymentId(service: Service): string | undefined {
  return service.deployments?.find((d) => d.status === 'PRIMARY')?.id;
}

/**
 * Creates the service, or updates it to the task definition; never while another deployment runs.
 * Another run may deploy the same service at the same moment: a create that loses the race finds
 * the service the other run made and continues as an update, and the service is read once more just
 * before UpdateService, so that a deployment started since the Task definition phase read it is
 * waited for rather than stacked on.
 */
export async function deployService(
  ctx: PhaseContext,
  placement: ServicePlacement,
  taskDefinitionArn: string,
  existing: Service | undefined,
  deadline: number,
): Promise<ServiceDeployment> {
  let service = existing;
  if (!service) {
    const created = await createService(ctx, placement, taskDefinitionArn);
    if ('deploymentId' in created) return created;
    service = created.takenOver;
  }
  if (service.status === 'DRAINING') {
    throw new DeployError(
      `Service ${ctx.config.service} is DRAINING (being deleted); it cannot be deployed to. Wait until it is gone and re-run to create it again.`,
    );
  }
  const fresh = (await ctx.ecs.describeService(placement.cluster, ctx.config.service)) ?? service;
  const settled = await waitForOtherDeployments(ctx, fresh, deadline);
  const deployment = await updateService(ctx, placement, taskDefinitionArn, settled);
  if (deployment.updated) warnIfStacked(ctx, deployment, settled);
  return deployment;
}

/**
 * Two runs that read the service in the same instant both call UpdateService; the later one's
 * answer shows the other's deployment still in progress beside its own. ECS lets the later one
 * win (the earlier run's watch then reports its deployment replaced and does not roll back over it).
 */
function warnIfStacked(ctx: PhaseContext, deployment: ServiceDeployment, settled: Service): void {
  const before = new Set(unfinishedDeployments(settled).map((d) => d.id));
  const others = unfinishedDeployments(deployment.service).filter(
    (d) => d.id !== deployment.deploymentId && !before.has(d.id),
  );
  for (const d of others)
    ctx.log.warning(
      `Another run started deployment ${d.id} (${shortTaskDefinition(d.taskDefinition)}) of ${ctx.config.service} at the same moment; ours (${deployment.deploymentId}) replaces it.`,
    );
}

/** The deployment CreateService started, or the service another run created a moment before ours. */
async function createService(
  ctx: PhaseContext,
  placement: ServicePlacement,
  taskDefinitionArn: string,
): Promise<ServiceDeployment | { takenOver: Service }> {
  const { config, log } = ctx;
  log.info(
    `Creating service ${config.service} in cluster ${placement.cluster} with ${shortTaskDefinition(taskDefinitionArn)}`,
  );
  let service: Service;
  try {
    service = await ctx.ecs.createService(createServiceInput(ctx, placement, taskDefinitionArn));
  } catch (error) {
    const message = errorMessage(error);
    if (/draining/i.test(message)) {
      throw new DeployError(
        `Cannot create service ${config.service}: a service of that name is still draining in ${placement.cluster}. Wait a few minutes and re-run. (${message})`,
      );
    }
    if (!isServiceNotIdempotent(error)) throw error;
    const other = await ctx.ecs.describeService(placement.cluster, config.service);
    if (!other) throw error;
    log.info(
      `Another run created service ${config.service} a moment before this one, with ${shortTaskDefinition(other.taskDefinition)}` +
        `${primaryDeploymentId(other) ? ` (deployment ${primaryDeploymentId(other)})` : ''}; deploying ours as an update once its deployment is done.`,
    );
    return { takenOver: other };
  }
  const deploymentId = primaryDeploymentId(service);
  if (!deploymentId)
    throw new DeployError(`CreateService for ${config.service} returned no PRIMARY deployment to follow.`);
  log.info(`Created ${service.serviceArn}; following deployment ${deploymentId}`);
  return { service, deploymentId, created: true, updated: true, drift: [] };
}

/** Updates a service no other deployment is rolling out on; nothing when nothing differs. */
async function updateService(
  ctx: PhaseContext,
  placement: ServicePlacement,
  taskDefinitionArn: string,
  settled: Service,
): Promise<ServiceDeployment> {
  const { config, log } = ctx;
  const previous = settled.taskDefinition;
  const drift = serviceDrift(settled, placement, config.healthCheckGracePeriodSeconds);
  for (const line of drift.lines) log.info(`Correcting drift: ${line}`);
  const newRevision = previous !== taskDefinitionArn;
  const countChange = config.desiredCount !== undefined && config.desiredCount !== settled.desiredCount;
  if (!newRevision && !countChange && !config.forceNewDeployment && drift.lines.length === 0) {
    const deploymentId = primaryDeploymentId(settled);
    if (!deploymentId) throw new DeployError(`Service ${config.service} has no PRIMARY deployment to check.`);
    log.info(
      `Service ${config.service} already runs ${shortTaskDefinition(taskDefinitionArn)} with the desired settings: no deployment needed.`,
    );
    return {
      service: settled,
      deploymentId,
      created: false,
      updated: false,
      previousTaskDefinitionArn: previous,
      drift: [],
    };
  }
  const input: UpdateServiceCommandInput = {
    cluster: placement.cluster,
    service: config.service,
    taskDefinition: taskDefinitionArn,
    ...(config.desiredCount !== undefined ? { desiredCount: config.desiredCount } : {}),
    forceNewDeployment: config.forceNewDeployment,
    ...drift.fields,
  };
  log.info(
    `Updating service ${config.service}: ${shortTaskDefinition(previous)} -> ${shortTaskDefinition(taskDefinitionArn)}` +
      `${countChange ? `, desired count ${settled.desiredCount} -> ${config.desiredCount}` : ''}${config.forceNewDeployment ? ', forcing a new deployment' : ''}`,
  );
  const service = await ctx.ecs.updateService(input);
  const deploymentId = primaryDeploymentId(service);
  if (!deploymentId)
    throw new DeployError(`UpdateService for ${config.service} returned no PRIMARY deployment to follow.`);
  log.info(`Following deployment ${deploymentId}`);
  return {
    service,
    deploymentId,
    created: false,
    updated: true,
    previousTaskDefinitionArn: previous,
    drift: drift.lines,
  };
}

/** What deployService would do, for plan mode, without calling anything that changes. */
export function planService(
  ctx: PhaseContext,
  placement: ServicePlacement,
  taskDefinitionArn: string | undefined,
  existing: Service | undefined,
): string[] {
  const { config } = ctx;
  const td = taskDefinitionArn ? shortTaskDefinition(taskDefinitionArn) : 'a new task definition revision';
  if (!existing) {
    const input = createServiceInput(ctx, placement, taskDefinitionArn ?? 'new');
    return [
      `create service ${config.service} in cluster ${placement.cluster} with ${td}: Fargate, desired count ${input.desiredCount}, ` +
        `subnets ${placement.subnets.join(', ') || '(from the stack)'}, ` +
        `${placement.targetGroupArn ? `target group ${placement.targetGroupArn} -> ${placement.containerName}:${placement.containerPort}` : 'no load balancer'}, circuit breaker with rollback`,
    ];
  }
  const lines: string[] = [];
  const drift = serviceDrift(existing, placement, config.healthCheckGracePeriodSeconds);
  if (existing.taskDefinition !== taskDefinitionArn)
    lines.push(`update service ${config.service}: ${shortTaskDefinition(existing.taskDefinition)} -> ${td}`);
  if (config.desiredCount !== undefined && config.desiredCount !== existing.desiredCount)
    lines.push(`desired count ${existing.desiredCount} -> ${config.desiredCount}`);
  if (config.forceNewDeployment) lines.push('force a new deployment');
  for (const l of drift.lines) lines.push(`correct drift: ${l}`);
  const unfinished = unfinishedDeployments(existing);
  if (unfinished.length > 0)
    lines.push(`wait for the deployment in progress first: ${unfinished.map((d) => d.id).join(', ')}`);
  if (lines.length === 0) lines.push(`service ${config.service} already runs ${td}: no change`);
  return lines;
}

/** What the Service phase did (or in plan mode would do). */
export interface ServiceOutcome {
  serviceArn?: string;
  /** The deployment to watch; undefined in plan mode. */
  deployment?: ServiceDeployment;
  /** The revision the service ran before this deployment. */
  previousTaskDefinitionArn?: string;
  /** Drift corrected or, in plan mode, what would change (one line each). */
  changes: string[];
}

/** Where the service runs: the stack's network and target group, the revision's traffic container. */
export function placementFor(
  config: DeployConfig,
  stack: StackResult,
  containers: ContainerDefinition[] | undefined,
): ServicePlacement {
  const container = trafficContainer(containers, config);
  if (!container?.name)
    throw new DeployError(`No container in the task definition serves traffic (set 'container-name').`);
  return {
    cluster: stack.cluster,
    subnets: stack.subnets,
    securityGroups: stack.securityGroups,
    assignPublicIp: stack.assignPublicIp,
    targetGroupArn: stack.targetGroupArn,
    containerName: container.name,
    containerPort: config.taskDefinition.containerPort,
    ...trafficPlacement(config, stack),
  };
}

/** Phase "Service": creates or updates the service to the revision; in plan mode only says how. */
export async function rollOutService(
  ctx: PhaseContext,
  placement: ServicePlacement,
  revision: Pick<Revision, 'arn' | 'registered'>,
  existing: Service | undefined,
  deadline: number,
): Promise<ServiceOutcome> {
  const taskDefinitionArn = revision.arn;
  if (ctx.config.plan) {
    const changes = planService(ctx, placement, taskDefinitionArn, existing);
    for (const l of changes) ctx.log.info(`Would ${l}`);
    return { serviceArn: existing?.serviceArn, previousTaskDefinitionArn: existing?.taskDefinition, changes };
  }
  let deployment: ServiceDeployment;
  try {
    deployment = await deployService(ctx, placement, taskDefinitionArn!, existing, deadline);
  } catch (error) {
    if (revision.registered) await deregisterUnusedRevision(ctx, placement.cluster, taskDefinitionArn!);
    throw error;
  }
  return {
    serviceArn: deployment.service.serviceArn,
    deployment,
    previousTaskDefinitionArn: deployment.previousTaskDefinitionArn,
    changes: deployment.drift,
  };
}
