import { ECS_NAME, MAX_TASKS_PER_SERVICE, REGION } from './aws-limits';
import { check, InputError, InputReader } from './reader';
import type { DeployConfig, Mode, WaitUntil } from './types';

const MODES: Mode[] = ['deploy', 'preview', 'teardown', 'sweep'];
const WAIT_UNTIL: WaitUntil[] = ['healthy', 'stable'];

export type ServiceSection = Pick<
  DeployConfig,
  | 'mode'
  | 'region'
  | 'cluster'
  | 'service'
  | 'environment'
  | 'desiredCount'
  | 'forceNewDeployment'
  | 'healthCheckGracePeriodSeconds'
  | 'containerInsights'
  | 'waitForMinutes'
  | 'waitUntil'
  | 'rollback'
  | 'rollbackOnCancel'
  | 'failureThreshold'
  | 'plan'
>;

/** The service and how it is deployed: mode, region, names, desired count, the watch and the rollback. */
export function readService(r: InputReader, env: NodeJS.ProcessEnv): ServiceSection {
  const section: ServiceSection = {
    mode: r.oneOf('mode', MODES, 'deploy'),
    region: r.str('aws-region') || env.AWS_REGION || env.AWS_DEFAULT_REGION || '',
    cluster: r.required('cluster'),
    service: r.required('service'),
    environment: r.str('environment') || 'production',
    desiredCount: r.optionalInt('desired-count', 0, MAX_TASKS_PER_SERVICE),
    forceNewDeployment: r.bool('force-new-deployment', false),
    healthCheckGracePeriodSeconds: r.int('health-check-grace-period', 30, 0, 2147483647),
    containerInsights: r.bool('container-insights', false),
    waitForMinutes: r.int('wait-for-minutes', 15, 1, 360),
    waitUntil: r.oneOf('wait-until', WAIT_UNTIL, 'healthy'),
    rollback: r.bool('rollback', true),
    rollbackOnCancel: r.bool('rollback-on-cancel', false),
    failureThreshold: r.int('failed-task-threshold', 3, 1, 100),
    plan: r.bool('plan', false),
  };
  if (!section.region) {
    throw new InputError(
      'aws-region',
      "Input 'aws-region' is required: set it, or set AWS_REGION (aws-actions/configure-aws-credentials does).",
    );
  }
  check('aws-region', REGION.test(section.region), "be an AWS region such as 'eu-west-1'", section.region);
  for (const name of ['cluster', 'service'] as const) {
    check(
      name,
      ECS_NAME.test(section[name]),
      'be 1 to 255 letters, digits, hyphens and underscores, starting with a letter or digit',
      section[name],
    );
  }
  check(
    'environment',
    section.environment.length <= 128 && !/\s/.test(section.environment),
    'be a name of at most 128 characters without spaces',
    section.environment,
  );
  return section;
}
