import type { DeployConfig } from '../config/types';
import { DeployError } from '../deploy/context';
import type { Logger } from '../util/log';
import type { Deps, RenderFunctions } from './deps';

/** The deploy pipeline runs modes 'deploy' and 'preview'; teardown and sweep have their own runs. */
export function assertDeployMode(config: DeployConfig): void {
  if (config.mode === 'teardown' || config.mode === 'sweep') {
    throw new DeployError(
      `mode '${config.mode}' is not a deployment; the deploy pipeline runs modes 'deploy' and 'preview'.`,
    );
  }
}

/** Phase "Preflight": the task definition is checked against the Fargate rules before any AWS call. */
export function preflight(config: DeployConfig, render: RenderFunctions, log: Logger): void {
  const givenArn = config.taskDefinition.arn;
  if (givenArn) {
    log.info(`Deploying the registered task definition ${givenArn} as it is: nothing to render or build.`);
    return;
  }
  render.preflightTaskDefinition(config);
  log.info('Task definition checked against the Fargate rules.');
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
