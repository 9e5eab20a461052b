import { createHash } from 'node:crypto';
import type {
  CreateServiceCommandInput,
  DeploymentConfiguration,
  Service,
  UpdateServiceCommandInput,
} from '@aws-sdk/client-ecs';
import { shortTaskDefinition } from '../aws/ecs';
import { AdaptivePoller, maxPolls } from '../util/poll';
import { isThrottlingError } from '../util/retry';
import { formatDuration } from '../util/time';
import { DeployError, PhaseContext } from '../deploy/context';
import { resourceTags } from '../config/tags';

/** Where the service runs: from the infrastructure stack (or the inputs it passed through). */
export interface ServicePlacement {
  cluster: string;
  subnets: string[];
  securityGroups: string[];
  assignPublicIp: boolean;
  targetGroupArn?: string;
  containerName: string;
  containerPort: number;
}

export const DEPLOYMENT_CONFIGURATION: DeploymentConfiguration = {
  minimumHealthyPercent: 100,
  maximumPercent: 200,
  deploymentCircuitBreaker: { enable: true, rollback: true },
};

/**
 * CreateService's idempotency token (at most 36 characters): the same service and task definition
 * give the same token, so a retried create after a lost response does not fail as "not idempotent".
 */
export function clientTokenFor(cluster: string, service: string, taskDefinitionArn: string): string {
  return createHash('sha256')
    .update(`${cluster}\n${service}\n${taskDefinitionArn}`)
    .digest('hex')
    .slice(0, 32);
}

export function createServiceInput(
  ctx: PhaseContext,
  placement: ServicePlacement,
  taskDefinitionArn: string,
): CreateServiceCommandInput {
  const { config } = ctx;
  const desired =
    config.desiredCount ?? (config.autoScaling.enabled ? Math.max(1, config.autoScaling.minCapacity) : 1);
  return {
    cluster: placement.cluster,
    serviceName: config.service,
    taskDefinition: taskDefinitionArn,
    desiredCount: desired,
    launchType: 'FARGATE',
    networkConfiguration: {
      awsvpcConfiguration: {
        subnets: placement.subnets,
        securityGroups: placement.securityGroups,
        assignPublicIp: placement.assignPublicIp ? 'ENABLED' : 'DISABLED',
      },
    },
    ...(placement.targetGroupArn
      ? {
          loadBalancers: [
            {
              targetGroupArn: placement.targetGroupArn,
              containerName: placement.containerName,
              containerPort: placement.containerPort,
            },
          ],
          healthCheckGracePeriodSeconds: config.healthCheckGracePeriodSeconds,
        }
      : {}),
    deploymentConfiguration: DEPLOYMENT_CONFIGURATION,
    deploymentController: { type: 'ECS' },
    enableECSManagedTags: true,
    propagateTags: 'SERVICE',
    // The same tags as everything else the action creates (managed-by, service, environment, the user's).
    tags: resourceTags(config).map((t) => ({ key: t.name, value: t.value })),
    clientToken: clientTokenFor(placement.cluster, config.service, taskDefinitionArn),
  };
}

const sameSet = (a: string[] | undefined, b: string[] | undefined) => {
  const x = [...(a ?? [])].sort();
  const y = [...(b ?? [])].sort();
  return x.length === y.length && x.every((v, i) => v === y[i]);
};

/**
 * How the running service differs from what the inputs and the stack say, as the UpdateService
 * fields that correct it and a line per difference for the log.
 */
export function serviceDrift(
  current: Service,
  placement: ServicePlacement,
  gracePeriodSeconds: number,
): { lines: string[]; fields: Partial<UpdateServiceCommandInput> } {
  const lines: string[] = [];
  const fields: Partial<UpdateServiceCommandInput> = {};
  const vpc = current.networkConfiguration?.awsvpcConfiguration;
  const wantIp = placement.assignPublicIp ? 'ENABLED' : 'DISABLED';
  if (
    !sameSet(vpc?.subnets, placement.subnets) ||
    !sameSet(vpc?.securityGroups, placement.securityGroups) ||
    (vpc?.assignPublicIp ?? 'DISABLED') !== wantIp
  ) {
    lines.push(
      `network: subnets [${(vpc?.subnets ?? []).join(', ')}] -> [${placement.subnets.join(', ')}], security groups [${(vpc?.securityGroups ?? []).join(', ')}] -> [${placement.securityGroups.join(', ')}], public IP ${vpc?.assignPublicIp ?? 'DISABLED'} -> ${wantIp}`,
    );
    fields.networkConfiguration = {
      awsvpcConfiguration: {
        subnets: placement.subnets,
        securityGroups: placement.securityGroups,
        assignPublicIp: wantIp,
      },
    };
  }
  if (placement.targetGroupArn) {
    const lbs = current.loadBalancers ?? [];
    const wired = lbs.some(
      (l) =>
        l.targetGroupArn === placement.targetGroupArn &&
        l.containerName === placement.containerName &&
        l.containerPort === placement.containerPort,
    );
    if (!wired || lbs.length !== 1) {
      lines.push(
        `load balancer: ${lbs.map((l) => `${l.targetGroupArn} ${l.containerName}:${l.containerPort}`).join(', ') || 'none'} -> ${placement.targetGroupArn} ${placement.containerName}:${placement.containerPort}`,
      );
      fields.loadBalancers = [
        {
          targetGroupArn: placement.targetGroupArn,
          containerName: placement.containerName,
          containerPort: placement.containerPort,
        },
      ];
    }
    if ((current.healthCheckGracePeriodSeconds ?? 0) !== gracePeriodSeconds) {
      lines.push(
        `health check grace period: ${current.healthCheckGracePeriodSeconds ?? 0} s -> ${gracePeriodSeconds} s`,
      );
      fields.healthCheckGracePeriodSeconds = gracePeriodSeconds;
    }
  }
  const dc = current.deploymentConfiguration;
  const breaker = dc?.deploymentCircuitBreaker;
  if (
    !breaker?.enable ||
    !breaker.rollback ||
    dc?.minimumHealthyPercent !== 100 ||
    dc?.maximumPercent !== 200
  ) {
    lines.push(
      `deployment configuration: circuit breaker ${breaker?.enable ? 'on' : 'off'}/rollback ${breaker?.rollback ? 'on' : 'off'}, healthy ${dc?.minimumHealthyPercent ?? '-'}%/${dc?.maximumPercent ?? '-'}% -> on/on, 100%/200%`,
    );
    fields.deploymentConfiguration = DEPLOYMENT_CONFIGURATION;
  }
  return { lines, fields };
}

/** Deployments of the service that have not finished rolling out (ours must not be stacked on them). */
export function unfinishedDeployments(
  service: Service,
): { id: string; taskDefinition: string; rolloutState?: string }[] {
  const deployments = service.deployments ?? [];
  const inProgress = deployments.filter((d) => d.rolloutState === 'IN_PROGRESS');
  // Without rollout states (older services), more than one deployment means one is still replacing another.
  const unfinished =
    inProgress.length > 0
      ? inProgress
      : deployments.length > 1 && deployments.every((d) => !d.rolloutState)
        ? deployments
        : [];
  return unfinished.map((d) => ({
    id: d.id ?? '',
    taskDefinition: d.taskDefinition ?? '',
    rolloutState: d.rolloutState,
  }));
}

/**
 * Waits until no other deployment of the service is in progress, within the deadline. Two
 * overlapping deployments can leave the circuit breaker nothing COMPLETED to roll back to, so this
 * never starts a second one: it waits, or fails saying what it waited for.
 */
export async function waitForOtherDeployments(
  ctx: PhaseContext,
  service: Service,
  deadline: number,
): Promise<Service> {
  let current = service;
  let unfinished = unfinishedDeployments(current);
  if (unfinished.length === 0) return current;
  const started = ctx.now();
  const describe = () =>
    unfinished
      .map(
        (d) =>
          `${d.id} (${shortTaskDefinition(d.taskDefinition)}${d.rolloutState ? `, ${d.rolloutState}` : ''})`,
      )
      .join(', ');
  ctx.log.info(
    `Another deployment of ${ctx.config.service} is in progress: ${describe()}. Waiting for it to finish before starting ours.`,
  );
  const poller = new AdaptivePoller(ctx, deadline);
  let last = describe();
  let event: 'changed' | 'idle' | 'throttled' = 'idle';
  for (let i = 0, n = maxPolls(deadline, started); i < n; i++) {
    if (!(await poller.pause(event))) break;
    event = 'idle';
    try {
      const next = await ctx.ecs.describeService(ctx.config.cluster, ctx.config.service);
      if (!next)
        throw new DeployError(
          `The service ${ctx.config.service} disappeared while waiting for its deployment ${describe()} to finish.`,
        );
      current = next;
    } catch (error) {
      if (!isThrottlingError(error)) throw error;
      event = 'throttled';
      continue;
    }
    unfinished = unfinishedDeployments(current);
    if (unfinished.length === 0) {
      ctx.log.info(
        `The other deployment finished after ${formatDuration(ctx.now() - started)}; the service now runs ${shortTaskDefinition(current.taskDefinition)}.`,
      );
      return current;
    }
    const now = describe();
    if (now !== last) {
      ctx.log.info(`Still in progress: ${now}`);
      event = 'changed';
    }
    last = now;
  }
  throw new DeployError(
    `Another deployment of service ${ctx.config.service} is still in progress after ${formatDuration(ctx.now() - started)} (${describe()}). ` +
      'Not starting a second one: overlapping deployments can leave ECS nothing to roll back to. Re-run when it has finished, or raise wait-for-minutes.',
  );
}

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

/** Creates the service, or updates it to the task definition; never while another deployment runs. */
export async function deployService(
  ctx: PhaseContext,
  placement: ServicePlacement,
  taskDefinitionArn: string,
  existing: Service | undefined,
  deadline: number,
): Promise<ServiceDeployment> {
  const { config, log } = ctx;
  if (!existing) {
    log.info(
      `Creating service ${config.service} in cluster ${placement.cluster} with ${shortTaskDefinition(taskDefinitionArn)}`,
    );
    let service: Service;
    try {
      service = await ctx.ecs.createService(createServiceInput(ctx, placement, taskDefinitionArn));
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (/draining/i.test(message)) {
        throw new DeployError(
          `Cannot create service ${config.service}: a service of that name is still draining in ${placement.cluster}. Wait a few minutes and re-run. (${message})`,
        );
      }
      throw error;
    }
    const deploymentId = primaryDeploymentId(service);
    if (!deploymentId)
      throw new DeployError(`CreateService for ${config.service} returned no PRIMARY deployment to follow.`);
    log.info(`Created ${service.serviceArn}; following deployment ${deploymentId}`);
    return { service, deploymentId, created: true, updated: true, drift: [] };
  }

  if (existing.status === 'DRAINING') {
    throw new DeployError(
      `Service ${config.service} is DRAINING (being deleted); it cannot be deployed to. Wait until it is gone and re-run to create it again.`,
    );
  }
  const settled = await waitForOtherDeployments(ctx, existing, deadline);
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

/**
 * Deregisters ACTIVE revisions of the family beyond the newest `keep`, never one in `protect`
 * (what runs now and what ran before). Revisions pile up forever otherwise: every register adds one.
 * Returns the deregistered ARNs; failures only warn, the deployment itself succeeded.
 */
export async function pruneOldRevisions(
  ctx: PhaseContext,
  family: string,
  keep: number,
  protect: Set<string>,
): Promise<string[]> {
  if (keep <= 0) return [];
  const removed: string[] = [];
  try {
    const active = await ctx.ecs.listActiveRevisions(family);
    for (const arn of active.slice(keep)) {
      if (protect.has(arn)) continue;
      await ctx.ecs.deregisterTaskDefinition(arn);
      removed.push(arn);
    }
    if (removed.length > 0)
      ctx.log.info(
        `Deregistered ${removed.length} revision(s) of ${family} older than the newest ${keep} (keep-revisions): ${removed.map(shortTaskDefinition).join(', ')}`,
      );
  } catch (error) {
    ctx.log.warning(
      `Could not prune old revisions of ${family}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  return removed;
}
