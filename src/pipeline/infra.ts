import type { DeployConfig } from '../config/types';
import type { StackReferences, StackResult } from '../infra/index';
import type { ResourceChange } from '../report/model';
import type { Deps } from './deps';

/**
 * Phase "Infrastructure": everything the service needs, created or corrected (in plan mode only
 * described), from the references the preflight read and checked.
 */
export function ensureInfrastructure(
  config: DeployConfig,
  deps: Pick<Deps, 'clients' | 'log' | 'sleep' | 'stack'>,
  checked: StackReferences,
): Promise<StackResult> {
  return deps.stack.ensureStack(
    config,
    deps.clients,
    { plan: config.plan, log: deps.log, sleep: deps.sleep },
    checked,
  );
}

/** Phase "Autoscaling": the service's scaling target and policies, once the service exists. */
export function ensureAutoscaling(
  config: DeployConfig,
  deps: Pick<Deps, 'clients' | 'log' | 'sleep' | 'stack'>,
  stack: StackResult,
): Promise<ResourceChange[]> {
  const target = {
    cluster: stack.cluster,
    service: config.service,
    targetGroupArn: stack.targetGroupArn,
    loadBalancerArn: stack.loadBalancerArn,
  };
  return deps.stack.ensureScaling(config, deps.clients, target, {
    plan: config.plan,
    log: deps.log,
    sleep: deps.sleep,
  });
}
