import type { DeployConfig } from '../config/types';
import { DeployError, PhaseContext } from '../deploy/context';
import type { StackReferences } from '../infra/index';
import type { Deps } from './deps';
import { checkCertificate, checkGivenTaskDefinition, GivenTaskDefinition } from './references';

/** The deploy pipeline runs modes 'deploy' and 'preview'; teardown and sweep have their own runs. */
export function assertDeployMode(config: DeployConfig): void {
  if (config.mode === 'teardown' || config.mode === 'sweep') {
    throw new DeployError(
      `mode '${config.mode}' is not a deployment; the deploy pipeline runs modes 'deploy' and 'preview'.`,
    );
  }
}

/** What the preflight read, for the later phases to use instead of reading it again. */
export interface PreflightResult {
  /** With task-definition-arn: that revision. */
  given?: GivenTaskDefinition;
  stack: StackReferences;
}

/**
 * Phase "Preflight": the task definition is checked against its shapes and the Fargate rules before
 * any AWS call; then everything the inputs name (the registered revision, VPC, subnets, security
 * groups, target group, load balancer, listener, rule priority, certificate) is read and
 * checked, with Describe calls only. A bad reference fails here, before anything is built or changed.
 */
export async function preflight(
  ctx: PhaseContext,
  deps: Pick<Deps, 'render' | 'stack' | 'sleep'>,
): Promise<PreflightResult> {
  const { config, log } = ctx;
  const givenArn = config.taskDefinition.arn;
  if (givenArn) {
    log.info(`Deploying the registered task definition ${givenArn} as it is: nothing to render or build.`);
  } else {
    deps.render.preflightTaskDefinition(config);
    log.info('Task definition checked against its shapes and the Fargate rules.');
  }
  await checkCertificate(ctx);
  await checkDeploymentController(ctx);
  const given = givenArn ? await checkGivenTaskDefinition(ctx, givenArn) : undefined;
  const stack = await deps.stack.checkStackReferences(config, ctx.clients, {
    plan: config.plan,
    log,
    sleep: deps.sleep,
  });
  log.info('Every resource the inputs name exists and fits.');
  return { given, stack };
}

/**
 * The service's deployment controller, when the service exists: the action deploys through ECS's own
 * controller (rolling, blue/green, canary, linear). ECS cannot change a CODE_DEPLOY or EXTERNAL
 * service's controller with an ordinary update of a new revision, so such a service is refused
 * here, before anything is built or changed, with the way out.
 */
async function checkDeploymentController(ctx: PhaseContext): Promise<void> {
  const { config } = ctx;
  const service = await ctx.ecs.describeService(config.cluster, config.service);
  const type = service?.deploymentController?.type;
  if (!service || service.status === 'INACTIVE' || !type || type === 'ECS') return;
  const how =
    type === 'CODE_DEPLOY'
      ? 'CodeDeploy owns its deployments (task sets and the listener are switched by CodeDeploy, not by UpdateService)'
      : 'an external controller owns its task sets';
  throw new DeployError(
    `Service ${config.service} in cluster ${config.cluster} uses the ${type} deployment controller: ${how}, and this action deploys through ECS's own controller (strategy ${config.strategy.kind}). ` +
      'Move the service to the ECS controller first (UpdateService with deploymentController {type: ECS}, where ECS allows it for this service, or a new service under another name), or deploy it with the tool that owns it.',
  );
}

/** Phase "Identity": the AWS account the credentials belong to. */
export async function identify(
  config: DeployConfig,
  deps: Pick<Deps, 'clients' | 'getAccountId' | 'log'>,
): Promise<string> {
  const id = await deps.getAccountId(deps.clients.sts);
  deps.log.info(`AWS account ${id}, region ${config.region}`);
  return id;
}
