import type { Deployment, Service, Task } from '@aws-sdk/client-ecs';
import type { TargetHealthDescription } from '@aws-sdk/client-elastic-load-balancing-v2';

/**
 * What one poll of a deployment saw, reduced to the fields the decisions need. Pure data, so that
 * the assessment, the change log and the digest are tested without any AWS client.
 */
export interface DeploymentView {
  id: string;
  status: string; // PRIMARY | ACTIVE | INACTIVE
  taskDefinition: string;
  desiredCount: number;
  runningCount: number;
  pendingCount: number;
  failedTasks: number;
  rolloutState?: string; // IN_PROGRESS | COMPLETED | FAILED
  rolloutStateReason?: string;
  createdAt?: number;
}

export interface ServiceEventView {
  id: string;
  at: number;
  message: string;
}

export interface ServiceView {
  arn: string;
  name: string;
  status: string;
  desiredCount: number;
  runningCount: number;
  taskDefinition: string;
  deployments: DeploymentView[];
  /** Newest first, as ECS returns them. */
  events: ServiceEventView[];
}

export interface ContainerView {
  name: string;
  lastStatus?: string;
  exitCode?: number;
  reason?: string;
}

export interface TaskView {
  arn: string;
  id: string;
  lastStatus: string;
  desiredStatus: string;
  taskDefinitionArn?: string;
  ip?: string;
  stopCode?: string;
  stoppedReason?: string;
  healthStatus?: string;
  containers: ContainerView[];
  startedAt?: number;
  /** When ECS began stopping the task (its desired status became STOPPED). */
  stoppingAt?: number;
  /** When the task's containers had stopped. */
  executionStoppedAt?: number;
  stoppedAt?: number;
}

export interface TargetView {
  id: string;
  port?: number;
  state: string; // initial | healthy | unhealthy | draining | unused | unavailable
  reason?: string;
  description?: string;
}

export interface DeploymentObservation {
  at: number;
  deploymentId: string;
  service?: ServiceView;
  /** The tasks the deployment started (running and stopped). */
  tasks: TaskView[];
  /** Every target of the service's target group; undefined when the service has no target group. */
  targets?: TargetView[];
}

const time = (d: Date | undefined): number | undefined => (d ? new Date(d).getTime() : undefined);

export function toDeploymentView(d: Deployment): DeploymentView {
  return {
    id: d.id ?? '',
    status: d.status ?? 'UNKNOWN',
    taskDefinition: d.taskDefinition ?? '',
    desiredCount: d.desiredCount ?? 0,
    runningCount: d.runningCount ?? 0,
    pendingCount: d.pendingCount ?? 0,
    failedTasks: d.failedTasks ?? 0,
    rolloutState: d.rolloutState,
    rolloutStateReason: d.rolloutStateReason,
    createdAt: time(d.createdAt),
  };
}

export function toServiceView(s: Service): ServiceView {
  return {
    arn: s.serviceArn ?? '',
    name: s.serviceName ?? '',
    status: s.status ?? 'UNKNOWN',
    desiredCount: s.desiredCount ?? 0,
    runningCount: s.runningCount ?? 0,
    taskDefinition: s.taskDefinition ?? '',
    deployments: (s.deployments ?? []).map(toDeploymentView),
    events: (s.events ?? []).map((e) => ({
      id: e.id ?? '',
      at: time(e.createdAt) ?? 0,
      message: e.message ?? '',
    })),
  };
}

/** The task's private IP: awsvpc puts it in the ENI attachment and in the container's network interface. */
export function taskIp(t: Task): string | undefined {
  for (const a of t.attachments ?? []) {
    if (a.type !== 'ElasticNetworkInterface') continue;
    const ip = a.details?.find((d) => d.name === 'privateIPv4Address')?.value;
    if (ip) return ip;
  }
  for (const c of t.containers ?? []) {
    const ip = c.networkInterfaces?.find((n) => n.privateIpv4Address)?.privateIpv4Address;
    if (ip) return ip;
  }
  return undefined;
}

export function toTaskView(t: Task): TaskView {
  const arn = t.taskArn ?? '';
  return {
    arn,
    id: arn.split('/').pop() ?? arn,
    lastStatus: t.lastStatus ?? 'UNKNOWN',
    desiredStatus: t.desiredStatus ?? 'UNKNOWN',
    taskDefinitionArn: t.taskDefinitionArn,
    ip: taskIp(t),
    stopCode: t.stopCode,
    stoppedReason: t.stoppedReason,
    healthStatus: t.healthStatus,
    containers: (t.containers ?? []).map((c) => ({
      name: c.name ?? '',
      lastStatus: c.lastStatus,
      exitCode: c.exitCode ?? undefined,
      reason: c.reason,
    })),
    startedAt: time(t.startedAt),
    stoppingAt: time(t.stoppingAt),
    executionStoppedAt: time(t.executionStoppedAt),
    stoppedAt: time(t.stoppedAt),
  };
}

export function toTargetView(d: TargetHealthDescription): TargetView {
  return {
    id: d.Target?.Id ?? '',
    port: d.Target?.Port,
    state: d.TargetHealth?.State ?? 'unknown',
    reason: d.TargetHealth?.Reason,
    description: d.TargetHealth?.Description,
  };
}
