import type { ContainerDefinition, Service, TaskDefinition } from '@aws-sdk/client-ecs';
import { shortTaskDefinition } from '../aws/ecs';
import { DeployError, PhaseContext } from '../deploy/context';
import type { StackResult } from '../infra/index';
import { trafficContainer } from '../taskdef/container';
import { errorMessage } from '../util/errors';
import type { RenderFunctions } from './deps';
import { TaskSize, taskSizeOf } from '../report/cost';

/** The task definition revision the service is deployed with. */
export interface Revision {
  /** Undefined only in plan mode, for a revision that would be registered. */
  arn?: string;
  /** Its definition (for the failure digest's log settings); undefined only in plan mode. */
  definition?: TaskDefinition;
  containers?: ContainerDefinition[];
  /** A new revision was (or in plan mode would be) registered by this run. */
  registered: boolean;
  /** What differs from the revision the service ran (one line each). */
  changes: string[];
  /** The image of the container that serves traffic. */
  imageUri?: string;
  /** Its task size, and the size of the revision the service ran before (for the summary's cost line). */
  size?: TaskSize;
  previousSize?: TaskSize;
}

/** The service as it runs before this deployment (undefined: it does not exist yet). */
export function currentService(ctx: PhaseContext, stack: StackResult): Promise<Service | undefined> {
  return ctx.ecs.describeService(stack.cluster, ctx.config.service);
}

/** The registered revision named by `task-definition-arn` (as the preflight read it), deployed as it is. */
async function givenRevision(
  ctx: PhaseContext,
  givenArn: string,
  running?: string,
  read?: { taskDefinition: TaskDefinition },
): Promise<Revision> {
  const found = read ?? (await ctx.ecs.describeTaskDefinition(givenArn));
  if (!found)
    throw new DeployError(
      `The task definition ${givenArn} (input 'task-definition-arn') does not exist or is not ACTIVE.`,
    );
  const arn = found.taskDefinition.taskDefinitionArn ?? givenArn;
  const containers = found.taskDefinition.containerDefinitions;
  return {
    arn,
    definition: found.taskDefinition,
    containers,
    registered: false,
    changes: running === arn ? [] : [`${shortTaskDefinition(running)} -> ${shortTaskDefinition(arn)}`],
    imageUri: trafficContainer(containers, ctx.config)?.image,
    size: taskSizeOf(found.taskDefinition),
  };
}

/**
 * Phase "Task definition": renders the task definition for the image and registers it, unless the
 * revision the service runs (or, before the service exists, the family's latest) is the same; with
 * `task-definition-arn`, takes that revision as it is. In plan mode only says what it would register.
 */
export async function prepareRevision(
  ctx: PhaseContext,
  render: RenderFunctions,
  input: {
    accountId: string;
    stack: StackResult;
    imageUri?: string;
    running?: string;
    given?: { taskDefinition: TaskDefinition };
  },
): Promise<Revision> {
  const { config, log, ecs } = ctx;
  if (config.taskDefinition.arn)
    return givenRevision(ctx, config.taskDefinition.arn, input.running, input.given);
  const imageUri = input.imageUri!;
  const desired = render.renderTaskDefinition(config, {
    imageUri,
    accountId: input.accountId,
    logGroup: input.stack.logGroup,
  });
  // Compare with what the service runs; before the service exists, with the family's latest
  // revision, so that a re-run after a failed first deploy does not add another identical one.
  const current = await ecs.describeTaskDefinition(input.running ?? desired.family!);
  const sizes = {
    size: taskSizeOf(desired),
    previousSize: input.running ? taskSizeOf(current?.taskDefinition) : undefined,
  };
  if (current && render.isSameTaskDefinition(desired, current.taskDefinition)) {
    const arn = current.taskDefinition.taskDefinitionArn!;
    log.info(
      `Unchanged: ${shortTaskDefinition(arn)} already has this definition; no new revision registered.`,
    );
    const containers = current.taskDefinition.containerDefinitions;
    return {
      arn,
      definition: current.taskDefinition,
      containers,
      registered: false,
      changes: [],
      imageUri,
      ...sizes,
    };
  }
  const changes = render.describeTaskDefinitionChanges(current?.taskDefinition, desired);
  for (const line of changes) log.info(`  ${line}`);
  if (config.plan) {
    log.info(`Would register a new revision of ${desired.family}`);
    return { containers: desired.containerDefinitions, registered: true, changes, imageUri, ...sizes };
  }
  const registered = await ecs.registerTaskDefinition(desired);
  log.info(`Registered ${registered.taskDefinitionArn}`);
  return {
    arn: registered.taskDefinitionArn!,
    definition: registered,
    containers: registered.containerDefinitions,
    registered: true,
    changes,
    imageUri,
    ...sizes,
  };
}

/**
 * Deregisters the revision this run registered when the run ends without deploying it (another
 * deployment could not be waited out, the service could not be created): an unused revision left
 * ACTIVE would be taken for a deployed one. Not when the service runs it after all; a failure only warns.
 */
export async function deregisterUnusedRevision(
  ctx: PhaseContext,
  cluster: string,
  arn: string,
): Promise<void> {
  try {
    const service = await ctx.ecs.describeService(cluster, ctx.config.service);
    const inUse =
      service?.taskDefinition === arn || (service?.deployments ?? []).some((d) => d.taskDefinition === arn);
    if (inUse) return;
    await ctx.ecs.deregisterTaskDefinition(arn);
    ctx.log.info(`Deregistered ${shortTaskDefinition(arn)}, registered by this run and not deployed.`);
  } catch (error) {
    ctx.log.warning(
      `Could not deregister the unused revision ${shortTaskDefinition(arn)}: ${errorMessage(error)}`,
    );
  }
}
