import { createHash } from 'node:crypto';
import type {
  CreateServiceCommandInput,
  DeploymentConfiguration,
  DeploymentStrategy,
  LoadBalancer,
  Service,
  UpdateServiceCommandInput,
} from '@aws-sdk/client-ecs';
import type { PhaseContext } from '../deploy/context';
import { resourceTags } from '../config/tags';
import type { DeployConfig, StrategyConfig } from '../config/types';
import type { StackResult } from '../infra/index';

/** Where the service runs: from the infrastructure stack (or the inputs it passed through). */
export interface ServicePlacement {
  cluster: string;
  subnets: string[];
  securityGroups: string[];
  assignPublicIp: boolean;
  /** The target group production traffic goes to now. */
  targetGroupArn?: string;
  containerName: string;
  containerPort: number;
  /** How a new version replaces the running one; rolling when absent. */
  strategy?: StrategyConfig;
  /** Blue/green, canary, linear: what ECS needs to shift traffic (loadBalancers[].advancedConfiguration). */
  advanced?: {
    alternateTargetGroupArn: string;
    productionListenerRule: string;
    testListenerRule?: string;
    roleArn: string;
  };
  /** rollback-on-errors: the alarm that fails and rolls back a deployment (deploymentConfiguration.alarms). */
  errorAlarmName?: string;
}

export const DEPLOYMENT_CONFIGURATION: DeploymentConfiguration = {
  minimumHealthyPercent: 100,
  maximumPercent: 200,
  deploymentCircuitBreaker: { enable: true, rollback: true },
};

const ECS_STRATEGY: Record<StrategyConfig['kind'], DeploymentStrategy> = {
  rolling: 'ROLLING',
  'blue-green': 'BLUE_GREEN',
  canary: 'CANARY',
  linear: 'LINEAR',
};

/**
 * The placement fields that come from the strategy inputs and the stack's blue/green resources. A
 * strategy other than rolling without the stack's alternate group and rules (plan mode, where they
 * are still to be made) places as rolling; the config made sure the infrastructure role is there.
 */
export function trafficPlacement(
  config: DeployConfig,
  stack: StackResult,
): Pick<ServicePlacement, 'strategy' | 'advanced' | 'errorAlarmName'> {
  const s = config.strategy;
  const ready =
    s.kind !== 'rolling' &&
    stack.alternateTargetGroupArn &&
    stack.productionRuleArn &&
    s.infrastructureRoleArn !== undefined;
  return {
    strategy: ready ? s : { ...s, kind: 'rolling' },
    ...(ready
      ? {
          advanced: {
            alternateTargetGroupArn: stack.alternateTargetGroupArn!,
            productionListenerRule: stack.productionRuleArn!,
            ...(stack.testRuleArn ? { testListenerRule: stack.testRuleArn } : {}),
            roleArn: s.infrastructureRoleArn!,
          },
        }
      : {}),
    ...(stack.errorAlarm ? { errorAlarmName: stack.errorAlarm.name } : {}),
  };
}

/**
 * deploymentConfiguration as the placement wants it: the circuit breaker always, the strategy with
 * its bake times, and the error alarm with rollback (for rolling updates too). `current`: the
 * service's, so that alarms it had are turned off explicitly when rollback-on-errors is.
 */
export function deploymentConfigurationFor(
  placement: ServicePlacement,
  current?: DeploymentConfiguration,
): DeploymentConfiguration {
  const s = placement.strategy;
  const kind = s?.kind ?? 'rolling';
  // ROLLING is ECS's default: named only to leave another strategy, so a rolling service's update is as before.
  const leaving = current?.strategy !== undefined && current.strategy !== 'ROLLING';
  const out: DeploymentConfiguration = {
    ...DEPLOYMENT_CONFIGURATION,
    ...(kind !== 'rolling' || leaving ? { strategy: ECS_STRATEGY[kind] } : {}),
  };
  if (s && kind !== 'rolling') out.bakeTimeInMinutes = s.bakeMinutes;
  if (s && kind === 'canary')
    out.canaryConfiguration = {
      canaryPercent: s.canary.percent,
      canaryBakeTimeInMinutes: s.canary.bakeMinutes,
    };
  if (s && kind === 'linear')
    out.linearConfiguration = {
      stepPercent: s.linear.stepPercent,
      stepBakeTimeInMinutes: s.linear.stepBakeMinutes,
    };
  if (placement.errorAlarmName)
    out.alarms = { alarmNames: [placement.errorAlarmName], enable: true, rollback: true };
  else if (current?.alarms?.enable) out.alarms = { alarmNames: [], enable: false, rollback: false };
  return out;
}

/** The service's one load balancer entry, with advancedConfiguration for blue/green, canary and linear. */
export function loadBalancerFor(placement: ServicePlacement): LoadBalancer {
  return {
    targetGroupArn: placement.targetGroupArn,
    containerName: placement.containerName,
    containerPort: placement.containerPort,
    ...(placement.advanced ? { advancedConfiguration: { ...placement.advanced } } : {}),
  };
}

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
          loadBalancers: [loadBalancerFor(placement)],
          healthCheckGracePeriodSeconds: config.healthCheckGracePeriodSeconds,
        }
      : {}),
    deploymentConfiguration: deploymentConfigurationFor(placement),
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
    if (!loadBalancerWired(lbs, placement)) {
      lines.push(
        `load balancer: ${lbs.map(describeLoadBalancer).join(', ') || 'none'} -> ${describeLoadBalancer(loadBalancerFor(placement))}`,
      );
      fields.loadBalancers = [loadBalancerFor(placement)];
    }
    if ((current.healthCheckGracePeriodSeconds ?? 0) !== gracePeriodSeconds) {
      lines.push(
        `health check grace period: ${current.healthCheckGracePeriodSeconds ?? 0} s -> ${gracePeriodSeconds} s`,
      );
      fields.healthCheckGracePeriodSeconds = gracePeriodSeconds;
    }
  }
  const deployment = deploymentDrift(current.deploymentConfiguration, placement);
  if (deployment) {
    lines.push(deployment);
    fields.deploymentConfiguration = deploymentConfigurationFor(placement, current.deploymentConfiguration);
  }
  return { lines, fields };
}

function describeLoadBalancer(l: LoadBalancer): string {
  const adv = l.advancedConfiguration;
  return `${l.targetGroupArn} ${l.containerName}:${l.containerPort}${adv ? ` (alternate ${adv.alternateTargetGroupArn}, production rule ${adv.productionListenerRule}${adv.testListenerRule ? `, test rule ${adv.testListenerRule}` : ''})` : ''}`;
}

/**
 * Whether the service's load balancer entry is the one wanted. With blue/green the two groups
 * compare as a pair: ECS may name either as the target group, depending on which one serves.
 */
function loadBalancerWired(lbs: LoadBalancer[], placement: ServicePlacement): boolean {
  if (lbs.length !== 1) return false;
  const [l] = lbs;
  if (l.containerName !== placement.containerName || l.containerPort !== placement.containerPort)
    return false;
  const want = placement.advanced;
  const adv = l.advancedConfiguration;
  if (!want) return !adv && l.targetGroupArn === placement.targetGroupArn;
  if (!adv) return false;
  return (
    sameSet(
      [l.targetGroupArn ?? '', adv.alternateTargetGroupArn ?? ''],
      [placement.targetGroupArn ?? '', want.alternateTargetGroupArn],
    ) &&
    adv.productionListenerRule === want.productionListenerRule &&
    (adv.testListenerRule ?? undefined) === want.testListenerRule &&
    adv.roleArn === want.roleArn
  );
}

/** One line saying how deploymentConfiguration differs from the one wanted, or undefined. */
function deploymentDrift(
  dc: DeploymentConfiguration | undefined,
  placement: ServicePlacement,
): string | undefined {
  const want = deploymentConfigurationFor(placement, dc);
  const breaker = dc?.deploymentCircuitBreaker;
  const show = (c: DeploymentConfiguration | undefined) =>
    JSON.stringify({
      strategy: c?.strategy ?? 'ROLLING',
      ...(c?.strategy && c.strategy !== 'ROLLING' ? { bake: c.bakeTimeInMinutes } : {}),
      ...(c?.strategy === 'CANARY' ? { canary: c.canaryConfiguration } : {}),
      ...(c?.strategy === 'LINEAR' ? { linear: c.linearConfiguration } : {}),
      alarms: c?.alarms?.enable
        ? [...(c.alarms.alarmNames ?? [])].sort().join(',') + (c.alarms.rollback ? ' (rollback)' : '')
        : 'off',
    });
  const breakerOk =
    breaker?.enable && breaker.rollback && dc?.minimumHealthyPercent === 100 && dc?.maximumPercent === 200;
  if (breakerOk && show(dc) === show(want)) return undefined;
  return `deployment configuration: circuit breaker ${breaker?.enable ? 'on' : 'off'}/rollback ${breaker?.rollback ? 'on' : 'off'}, healthy ${dc?.minimumHealthyPercent ?? '-'}%/${dc?.maximumPercent ?? '-'}%, ${show(dc)} -> on/on, 100%/200%, ${show(want)}`;
}
