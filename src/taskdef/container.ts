import type { ContainerDefinition } from '@aws-sdk/client-ecs';
import type { DeployConfig, TaskDefinitionConfig } from '../config/types';

/** What decides the traffic container: the service's name and the container-name input. */
export type TrafficChoice = Pick<DeployConfig, 'service'> & {
  taskDefinition: Pick<TaskDefinitionConfig, 'containerName'>;
};

/**
 * The container the load balancer sends traffic to (and the one that gets the image): the one named
 * by 'container-name', else the only one, else the one named like the service. Undefined when none
 * of these fits: the action never guesses among several (the user sets 'container-name').
 */
export function trafficContainer(
  containers: ContainerDefinition[] | undefined,
  config: TrafficChoice,
): ContainerDefinition | undefined {
  const list = containers ?? [];
  const named = config.taskDefinition.containerName;
  if (named) return list.find((c) => c.name === named);
  if (list.length === 1) return list[0];
  return list.find((c) => c.name === config.service);
}
