import { createHash } from 'node:crypto';
import type {
  CreateServiceCommandInput,
  DeploymentConfiguration,
  Service,
  UpdateServiceCommandInput,
} from '@aws-sdk/client-ecs';
import type { PhaseContext } from '../deploy/context';
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
