import { readAutoScaling } from './autoscaling';
import { readGitHubContext } from './github';
import { readHealthCheck } from './health-check';
import { readImage } from './image';
import { readLoadBalancer } from './load-balancer';
import { readNetwork } from './network';
import { readPreview } from './preview';
import { GetInput, InputReader, RegisterSecret } from './reader';
import { readService } from './service';
import { readStrategy } from './strategy';
import { readTags } from './tags';
import { readTaskDefinition } from './task-definition';
import type { DeployConfig } from './types';

export { InputError } from './reader';

/**
 * Reads and validates every input of action.yml, once, section by section: each section module reads
 * its inputs, checks them and returns its part of the config. `getInput` returns '' for an input that
 * was not given (like @actions/core's getInput); the defaults are action.yml's, so a call from a test
 * behaves like a run on a runner. Every input is read before its section checks anything, so a test
 * can hold action.yml and this function to the same set of inputs. `registerSecret` gets every value
 * that may be a secret before any input is checked (see InputReader).
 */
export function readConfig(
  getInput: GetInput,
  env: NodeJS.ProcessEnv,
  registerSecret?: RegisterSecret,
): DeployConfig {
  const r = new InputReader(getInput, registerSecret);
  const warnings: string[] = [];
  const service = readService(r, env);
  const github = readGitHubContext(env);
  const taskDefinition = readTaskDefinition(r, { ...service, workspace: github.workspace }, warnings);
  const image = readImage(r, warnings, {
    ...service,
    workspace: github.workspace,
    commitSha: github.commitSha,
    taskDefinitionArn: taskDefinition.arn,
  });
  const loadBalancer = readLoadBalancer(r, warnings, readHealthCheck(r));
  const { strategy, errorAlarm } = readStrategy(r, warnings, { mode: service.mode, loadBalancer });
  return {
    ...service,
    ...image,
    taskDefinition,
    network: readNetwork(r),
    loadBalancer,
    autoScaling: readAutoScaling(r, warnings, service.desiredCount),
    preview: readPreview(r, service.mode, env),
    tags: readTags(r),
    strategy,
    errorAlarm,
    ...github,
    warnings,
  };
}
