import type { DeployConfig } from '../config/types';
import type { Deps } from './deps';

/** The image the task definition is rendered with. */
export interface ImageOutcome {
  uri: string;
  /** Built and pushed by this run (false: the `image` input was given). */
  built: boolean;
}

/**
 * Phase "Build and push": builds and pushes the image, or takes the given one; in plan mode only
 * names it. Nothing (undefined) when a registered task definition is deployed as it is.
 */
export async function resolveImage(
  config: DeployConfig,
  deps: Pick<Deps, 'clients' | 'docker' | 'log' | 'setSecret' | 'build'>,
  accountId: string,
): Promise<ImageOutcome | undefined> {
  const { log } = deps;
  if (config.taskDefinition.arn) {
    log.info('Skipped: task-definition-arn is given.');
    return undefined;
  }
  if (config.plan) {
    const uri =
      config.image ??
      `${accountId}.dkr.ecr.${config.region}.amazonaws.com/${config.ecr.repository}:${config.commitSha}`;
    log.info(config.image ? `Would deploy the given image ${config.image}` : `Would build and push ${uri}`);
    return { uri, built: !config.image };
  }
  const built = await deps.build(config, {
    clients: deps.clients,
    docker: deps.docker,
    log,
    setSecret: deps.setSecret,
  });
  // The build phase names every tag it pushed; an existing image is named here.
  if (!built.built) log.info(`Using ${built.imageUri}${built.digest ? ` (${built.digest})` : ''}`);
  return { uri: built.imageUri, built: built.built };
}
