import { callerArn } from '../../core/identity';
import type { EcsState } from './state';
import type {
  ClusterRecord,
  DeploymentRecord,
  ServiceDeploymentRecord,
  ServiceRecord,
  TaskDefinitionRecord,
  TaskRecord,
} from './model';

/** How ECS answers with each record: the shapes of @aws-sdk/client-ecs, timestamps as Dates. */

const date = (ms: number | undefined): Date | undefined => (ms === undefined ? undefined : new Date(ms));

function clean<T extends Record<string, unknown>>(o: T): T {
  for (const k of Object.keys(o)) if (o[k] === undefined) delete o[k];
  return o;
}

export function clusterView(
  ecs: EcsState,
  c: ClusterRecord,
  include: string[] = [],
): Record<string, unknown> {
  const tasks = [...ecs.tasks.values()].filter((t) => t.clusterName === c.name);
  const services = [...ecs.services.values()].filter(
    (s) => s.clusterName === c.name && s.status === 'ACTIVE',
  );
  return clean({
    clusterArn: c.arn,
    clusterName: c.name,
    status: c.status,
    registeredContainerInstancesCount: 0,
    runningTasksCount: tasks.filter((t) => t.lastStatus === 'RUNNING').length,
    pendingTasksCount: tasks.filter((t) => ['PROVISIONING', 'PENDING', 'ACTIVATING'].includes(t.lastStatus))
      .length,
    activeServicesCount: services.length,
    statistics: [],
    tags: include.includes('TAGS') ? c.tags : [],
    settings: include.includes('SETTINGS') ? c.settings : undefined,
    capacityProviders: [],
    defaultCapacityProviderStrategy: [],
  });
}

export function taskDefinitionView(td: TaskDefinitionRecord, accountId: string): Record<string, unknown> {
  return clean({
    taskDefinitionArn: td.arn,
    ...structuredClone(td.body),
    revision: td.revision,
    status: td.status,
    registeredAt: date(td.registeredAt),
    deregisteredAt: date(td.deregisteredAt),
    registeredBy: callerArn(accountId),
  });
}

function deploymentConfigurationView(svc: ServiceRecord | ServiceDeploymentRecord): Record<string, unknown> {
  const cfg = svc.deploymentConfiguration;
  return {
    deploymentCircuitBreaker: {
      enable: cfg.deploymentCircuitBreaker.enable,
      rollback: cfg.deploymentCircuitBreaker.rollback,
    },
    maximumPercent: cfg.maximumPercent,
    minimumHealthyPercent: cfg.minimumHealthyPercent,
    strategy: cfg.strategy ?? 'ROLLING',
    canaryConfiguration: cfg.canaryConfiguration ? { ...cfg.canaryConfiguration } : undefined,
    linearConfiguration: cfg.linearConfiguration ? { ...cfg.linearConfiguration } : undefined,
    alarms: cfg.alarms ? structuredClone(cfg.alarms) : undefined,
    bakeTimeInMinutes: cfg.bakeTimeInMinutes,
  };
}

export function deploymentView(
  ecs: EcsState,
  svc: ServiceRecord,
  d: DeploymentRecord,
): Record<string, unknown> {
  const counts = ecs.deploymentCounts(svc, d);
  return {
    id: d.id,
    status: d.status,
    taskDefinition: d.taskDefinition,
    desiredCount: d.status === 'PRIMARY' ? svc.desiredCount : d.desiredCount,
    pendingCount: counts.pending,
    runningCount: counts.running,
    failedTasks: d.failedTasks,
    createdAt: date(d.createdAt),
    updatedAt: date(d.updatedAt),
    launchType: 'FARGATE',
    platformVersion: '1.4.0',
    platformFamily: 'Linux',
    networkConfiguration: { awsvpcConfiguration: structuredClone(d.networkConfiguration) },
    rolloutState: d.rolloutState,
    rolloutStateReason: d.rolloutStateReason,
  };
}

export function serviceView(
  ecs: EcsState,
  svc: ServiceRecord,
  opts: { tags: boolean },
): Record<string, unknown> {
  const primary = svc.deployments.find((d) => d.status === 'PRIMARY');
  return clean({
    serviceArn: svc.arn,
    serviceName: svc.name,
    clusterArn: ecs.clusterArn(svc.clusterName),
    loadBalancers: structuredClone(svc.loadBalancers),
    serviceRegistries: [],
    status: svc.status,
    desiredCount: svc.desiredCount,
    runningCount: ecs.runningCount(svc),
    pendingCount: ecs.pendingCount(svc),
    launchType: svc.launchType,
    platformVersion: svc.platformVersion,
    platformFamily: 'Linux',
    taskDefinition: svc.taskDefinition,
    deploymentConfiguration: deploymentConfigurationView(svc),
    deployments: svc.deployments
      .filter((d) => d.status !== 'INACTIVE')
      .map((d) => deploymentView(ecs, svc, d)),
    roleArn: `arn:aws:iam::${ecs.world.accountId}:role/aws-service-role/ecs.amazonaws.com/AWSServiceRoleForECS`,
    events: svc.events.map((e) => ({ id: e.id, createdAt: new Date(e.createdAt), message: e.message })),
    createdAt: new Date(svc.createdAt),
    currentServiceDeployment: primary?.serviceDeploymentArn,
    placementConstraints: [],
    placementStrategy: [],
    networkConfiguration: { awsvpcConfiguration: structuredClone(svc.networkConfiguration) },
    healthCheckGracePeriodSeconds: svc.healthCheckGracePeriodSeconds,
    schedulingStrategy: 'REPLICA',
    deploymentController: { type: 'ECS' },
    tags: opts.tags ? structuredClone(svc.tags) : undefined,
    createdBy: svc.createdBy,
    enableECSManagedTags: svc.enableECSManagedTags,
    propagateTags: svc.propagateTags,
    enableExecuteCommand: svc.enableExecuteCommand,
    availabilityZoneRebalancing: 'ENABLED',
  });
}

export function serviceDeploymentView(
  ecs: EcsState,
  svc: ServiceRecord,
  sd: ServiceDeploymentRecord,
): Record<string, unknown> {
  const d = svc.deployments.find((x) => x.id === sd.deploymentId);
  // Blue/green, canary, linear: the share of traffic each side is asked to take (the target's, the rest the source's).
  const weights = (isTarget: boolean) =>
    d?.shift && {
      requestedProductionTrafficWeight: isTarget
        ? d.shift.productionPercent
        : 100 - d.shift.productionPercent,
      requestedTestTrafficWeight: isTarget ? d.shift.testPercent : 100 - d.shift.testPercent,
    };
  const revisionSummary = (arn: string) => {
    const ds = svc.deployments.filter((x) => x.serviceRevisionArn === arn);
    const tasks = ecs.tasksOf(svc).filter((t) => ds.some((x) => x.id === t.deploymentId));
    const isTarget = arn === sd.targetRevisionArn;
    return {
      ...weights(isTarget),
      arn,
      requestedTaskCount: isTarget
        ? svc.desiredCount
        : tasks.filter((t) => t.desiredStatus === 'RUNNING').length,
      runningTaskCount: tasks.filter((t) => t.lastStatus === 'RUNNING').length,
      pendingTaskCount: tasks.filter(
        (t) =>
          t.desiredStatus === 'RUNNING' && ['PROVISIONING', 'PENDING', 'ACTIVATING'].includes(t.lastStatus),
      ).length,
    };
  };
  const breaker = sd.deploymentConfiguration.deploymentCircuitBreaker;
  return clean({
    serviceDeploymentArn: sd.arn,
    serviceArn: svc.arn,
    clusterArn: ecs.clusterArn(svc.clusterName),
    createdAt: date(sd.createdAt),
    startedAt: date(sd.startedAt),
    finishedAt: date(sd.finishedAt),
    stoppedAt: date(sd.stoppedAt),
    updatedAt: date(sd.updatedAt),
    sourceServiceRevisions: sd.sourceRevisionArns.map(revisionSummary),
    targetServiceRevision: revisionSummary(sd.targetRevisionArn),
    status: sd.status,
    statusReason: sd.statusReason,
    lifecycleStage: sd.lifecycleStage,
    deploymentConfiguration: deploymentConfigurationView(sd),
    rollback: sd.rollback
      ? {
          reason: sd.rollback.reason,
          startedAt: new Date(sd.rollback.startedAt),
          serviceRevisionArn: sd.rollback.serviceRevisionArn,
        }
      : undefined,
    deploymentCircuitBreaker: {
      status: sd.circuitBreakerStatus,
      failureCount: d?.failedTasks ?? 0,
      threshold: breaker.enable ? Math.min(200, Math.max(3, Math.ceil(0.5 * svc.desiredCount))) : 0,
    },
    alarms: sd.deploymentConfiguration.alarms?.enable
      ? {
          status: sd.alarmsStatus ?? 'MONITORING',
          alarmNames: sd.deploymentConfiguration.alarms.alarmNames,
          triggeredAlarmNames: sd.triggeredAlarmNames ?? [],
        }
      : { status: 'DISABLED' },
  });
}

export function serviceDeploymentBriefView(
  ecs: EcsState,
  svc: ServiceRecord,
  sd: ServiceDeploymentRecord,
): Record<string, unknown> {
  return clean({
    serviceDeploymentArn: sd.arn,
    serviceArn: svc.arn,
    clusterArn: ecs.clusterArn(svc.clusterName),
    startedAt: date(sd.startedAt),
    createdAt: date(sd.createdAt),
    finishedAt: date(sd.finishedAt),
    targetServiceRevisionArn: sd.targetRevisionArn,
    status: sd.status,
    statusReason: sd.statusReason,
  });
}

function taskHealth(t: TaskRecord): 'HEALTHY' | 'UNHEALTHY' | 'UNKNOWN' {
  const checked = t.containers.filter((c) => c.essential && c.hasHealthCheck);
  if (!checked.length) return 'UNKNOWN';
  if (checked.some((c) => c.healthStatus === 'UNHEALTHY')) return 'UNHEALTHY';
  return checked.every((c) => c.healthStatus === 'HEALTHY') ? 'HEALTHY' : 'UNKNOWN';
}

export function taskView(ecs: EcsState, t: TaskRecord, opts: { tags: boolean }): Record<string, unknown> {
  const started = t.lastStatus !== 'PROVISIONING';
  return clean({
    attachments: [
      {
        id: t.attachmentId,
        type: 'ElasticNetworkInterface',
        status: t.attachmentStatus,
        details: [
          { name: 'subnetId', value: t.subnetId },
          { name: 'networkInterfaceId', value: t.eniId },
          { name: 'macAddress', value: macOf(t.eniId) },
          { name: 'privateDnsName', value: t.ip ? `ip-${t.ip.replace(/\./g, '-')}.ec2.internal` : '' },
          { name: 'privateIPv4Address', value: t.ip },
        ],
      },
    ],
    attributes: [{ name: 'ecs.cpu-architecture', value: 'x86_64' }],
    availabilityZone: t.availabilityZone,
    clusterArn: ecs.clusterArn(t.clusterName),
    connectivity: t.connectivityAt ? 'CONNECTED' : undefined,
    connectivityAt: date(t.connectivityAt),
    containers: t.containers.map((c) =>
      clean({
        containerArn: c.arn,
        taskArn: t.arn,
        name: c.name,
        image: c.image,
        runtimeId: started ? c.runtimeId : undefined,
        lastStatus: c.lastStatus,
        exitCode: c.exitCode,
        reason: c.reason,
        networkBindings: [],
        networkInterfaces: t.ip ? [{ attachmentId: t.attachmentId, privateIpv4Address: t.ip }] : [],
        healthStatus: c.healthStatus,
        cpu: c.cpu,
        memory: c.memory,
      }),
    ),
    cpu: t.cpu,
    createdAt: new Date(t.createdAt),
    desiredStatus: t.desiredStatus,
    enableExecuteCommand: false,
    executionStoppedAt: date(t.executionStoppedAt),
    group: t.group,
    healthStatus: taskHealth(t),
    lastStatus: t.lastStatus,
    launchType: 'FARGATE',
    memory: t.memory,
    overrides: {
      containerOverrides: t.containers.map((c) => ({ name: c.name })),
      inferenceAcceleratorOverrides: [],
    },
    platformVersion: '1.4.0',
    platformFamily: 'Linux',
    pullStartedAt: date(t.pullStartedAt),
    pullStoppedAt: date(t.pullStoppedAt),
    startedAt: date(t.startedAt),
    startedBy: t.startedBy,
    stopCode: t.stopCode,
    stoppedAt: date(t.stoppedAt),
    stoppedReason: t.stoppedReason,
    stoppingAt: date(t.stoppingAt),
    tags: opts.tags ? structuredClone(t.tags) : [],
    taskArn: t.arn,
    taskDefinitionArn: t.taskDefinitionArn,
    version: t.version,
    ephemeralStorage: { sizeInGiB: 20 },
    fargateEphemeralStorage: { sizeInGiB: 20 },
  });
}

function macOf(seed: string): string {
  let h = 0;
  for (const ch of seed) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  const bytes = [0x0e, (h >>> 24) & 0xff, (h >>> 16) & 0xff, (h >>> 8) & 0xff, h & 0xff, seed.length & 0xff];
  return bytes.map((b) => b.toString(16).padStart(2, '0')).join(':');
}
