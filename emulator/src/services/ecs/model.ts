import { randomBytes, randomUUID } from 'node:crypto';

/** The control-plane records ECS keeps. Times are epoch milliseconds so snapshots are plain JSON. */

export interface Tag {
  key: string;
  value: string;
}

export interface ClusterRecord {
  arn: string;
  name: string;
  status: 'ACTIVE' | 'INACTIVE';
  settings: { name: string; value: string }[];
  tags: Tag[];
  createdAt: number;
}

export interface TaskDefinitionRecord {
  arn: string;
  family: string;
  revision: number;
  status: 'ACTIVE' | 'INACTIVE' | 'DELETE_IN_PROGRESS';
  /** The task definition as ECS answers it, without the fields computed from the record. */
  body: Record<string, any>;
  tags: Tag[];
  registeredAt: number;
  deregisteredAt?: number;
}

export type RolloutState = 'IN_PROGRESS' | 'COMPLETED' | 'FAILED';
export type ServiceDeploymentStatus =
  | 'PENDING'
  | 'IN_PROGRESS'
  | 'SUCCESSFUL'
  | 'STOPPED'
  | 'STOP_REQUESTED'
  | 'ROLLBACK_REQUESTED'
  | 'ROLLBACK_IN_PROGRESS'
  | 'ROLLBACK_SUCCESSFUL'
  | 'ROLLBACK_FAILED';

export interface LoadBalancerRef {
  targetGroupArn: string;
  containerName: string;
  containerPort: number;
  /** Blue/green, canary and linear deployments: the second target group and the rules ECS shifts. */
  advancedConfiguration?: {
    alternateTargetGroupArn: string;
    productionListenerRule: string;
    testListenerRule?: string;
    roleArn: string;
  };
}

export type DeploymentStrategy = 'ROLLING' | 'BLUE_GREEN' | 'CANARY' | 'LINEAR';

export interface AwsVpcConfiguration {
  subnets: string[];
  securityGroups: string[];
  assignPublicIp: 'ENABLED' | 'DISABLED';
}

export interface DeploymentAlarmsConfig {
  alarmNames: string[];
  enable: boolean;
  rollback: boolean;
}

export interface DeploymentConfig {
  minimumHealthyPercent: number;
  maximumPercent: number;
  deploymentCircuitBreaker: { enable: boolean; rollback: boolean; resetOnHealthyTask?: boolean };
  /** CloudWatch alarms that fail the deployment when one goes to ALARM during the rollout or the bake time. */
  alarms?: DeploymentAlarmsConfig;
  /** Minutes the new revision is watched after it took all the traffic (absent: the emulator's default). */
  bakeTimeInMinutes?: number;
  /** Absent means ROLLING (records saved before strategies existed). */
  strategy?: DeploymentStrategy;
  canaryConfiguration?: { canaryPercent: number; canaryBakeTimeInMinutes: number };
  linearConfiguration?: { stepPercent: number; stepBakeTimeInMinutes: number };
}

/** One entry of a service's `deployments` (the rolling-update view). */
export interface DeploymentRecord {
  id: string; // ecs-svc/<19 digits>
  status: 'PRIMARY' | 'ACTIVE' | 'INACTIVE';
  taskDefinition: string;
  desiredCount: number;
  failedTasks: number;
  createdAt: number;
  updatedAt: number;
  rolloutState: RolloutState;
  rolloutStateReason: string;
  networkConfiguration: AwsVpcConfiguration;
  loadBalancers: LoadBalancerRef[];
  serviceRevisionArn: string;
  /** The service deployment (ListServiceDeployments) this deployment belongs to; a rollback shares the failed one's. */
  serviceDeploymentArn: string;
  isRollback: boolean;
  /** Circuit-breaker failures since the last reset (resetOnHealthyTask). */
  circuitBreakerFailures: number;
  /** When the deployment reached its steady state and its alarms' bake time ends (deployments with alarms). */
  bakeEndsAt?: number;
  /** A blue/green, canary or linear deployment: its strategy, the blue deployment and its lifecycle stage. */
  shift?: {
    strategy: Exclude<DeploymentStrategy, 'ROLLING'>;
    blueDeploymentId: string;
    stage: string;
    /** The share (percent) of production and of test traffic the listener rules send to this deployment. */
    productionPercent: number;
    testPercent: number;
  };
  /** A blue deployment made PRIMARY again by a traffic rollback: the service deployment it finishes. */
  rollbackOfServiceDeployment?: string;
}

/** A service deployment as ListServiceDeployments / DescribeServiceDeployments answer it. */
export interface ServiceDeploymentRecord {
  arn: string;
  deploymentId: string;
  status: ServiceDeploymentStatus;
  statusReason?: string;
  createdAt: number;
  startedAt: number;
  updatedAt: number;
  finishedAt?: number;
  stoppedAt?: number;
  sourceRevisionArns: string[];
  targetRevisionArn: string;
  deploymentConfiguration: DeploymentConfig;
  rollback?: { reason: string; startedAt: number; serviceRevisionArn: string };
  circuitBreakerStatus: 'DISABLED' | 'MONITORING' | 'MONITORING_COMPLETE' | 'TRIGGERED';
  alarmsStatus?: 'DISABLED' | 'MONITORING' | 'MONITORING_COMPLETE' | 'TRIGGERED';
  lifecycleStage?: string;
  triggeredAlarmNames?: string[];
}

export interface ServiceRevisionRecord {
  arn: string;
  taskDefinition: string;
  loadBalancers: LoadBalancerRef[];
  networkConfiguration: AwsVpcConfiguration;
  createdAt: number;
}

export interface ServiceEventRecord {
  id: string;
  createdAt: number;
  message: string;
}

export interface ServiceRecord {
  arn: string;
  name: string;
  clusterName: string;
  status: 'ACTIVE' | 'DRAINING' | 'INACTIVE';
  desiredCount: number;
  taskDefinition: string;
  launchType: 'FARGATE';
  platformVersion: string;
  loadBalancers: LoadBalancerRef[];
  networkConfiguration: AwsVpcConfiguration;
  /** Service-managed EBS volumes (UpdateService's volumeConfigurations), as given. */
  volumeConfigurations?: unknown[];
  healthCheckGracePeriodSeconds: number;
  deploymentConfiguration: DeploymentConfig;
  enableECSManagedTags: boolean;
  propagateTags: 'NONE' | 'SERVICE' | 'TASK_DEFINITION';
  enableExecuteCommand: boolean;
  tags: Tag[];
  createdAt: number;
  createdBy: string;
  clientToken?: string;
  /** What CreateService was asked, to tell an idempotent retry from a different request. */
  createFingerprint: string;
  deployments: DeploymentRecord[];
  serviceDeployments: ServiceDeploymentRecord[];
  revisions: ServiceRevisionRecord[];
  events: ServiceEventRecord[];
  /** The deployment id the circuit breaker rolls back to. */
  lastCompletedDeploymentId?: string;
  lastCompletedTaskDefinition?: string;
  steady: boolean;
  deletedAt?: number;
}

export type TaskStatus =
  | 'PROVISIONING'
  | 'PENDING'
  | 'ACTIVATING'
  | 'RUNNING'
  | 'DEACTIVATING'
  | 'STOPPING'
  | 'DEPROVISIONING'
  | 'STOPPED';

export interface ContainerRecord {
  arn: string;
  name: string;
  image: string;
  essential: boolean;
  lastStatus: 'PENDING' | 'RUNNING' | 'STOPPED';
  exitCode?: number;
  reason?: string;
  healthStatus: 'HEALTHY' | 'UNHEALTHY' | 'UNKNOWN';
  hasHealthCheck: boolean;
  cpu: string;
  memory?: string;
  runtimeId: string;
}

export interface TaskRecord {
  arn: string;
  id: string;
  clusterName: string;
  serviceName?: string;
  deploymentId?: string;
  taskDefinitionArn: string;
  family: string;
  lastStatus: TaskStatus;
  desiredStatus: 'RUNNING' | 'STOPPED';
  cpu: string;
  memory: string;
  createdAt: number;
  pullStartedAt?: number;
  pullStoppedAt?: number;
  connectivityAt?: number;
  startedAt?: number;
  stoppingAt?: number;
  executionStoppedAt?: number;
  stoppedAt?: number;
  stoppedReason?: string;
  stopCode?:
    | 'TaskFailedToStart'
    | 'EssentialContainerExited'
    | 'UserInitiated'
    | 'ServiceSchedulerInitiated'
    | 'SpotInterruption'
    | 'TerminationNotice';
  startedBy?: string;
  group: string;
  availabilityZone: string;
  subnetId: string;
  ip: string;
  eniId: string;
  attachmentId: string;
  attachmentStatus: 'PRECREATED' | 'ATTACHING' | 'ATTACHED' | 'DETACHING' | 'DELETED';
  containers: ContainerRecord[];
  tags: Tag[];
  version: number;
  loadBalancers: LoadBalancerRef[];
  /** Targets this task registered and has not deregistered yet. */
  registeredTargets: { targetGroupArn: string; port: number }[];
  /** Became healthy once (for the circuit breaker and rollout). */
  everHealthy: boolean;
  /** A failure that counts for the circuit breaker. */
  failed: boolean;
  healthCheckGracePeriodSeconds: number;
}

const digits = (n: number): string => {
  let s = String(1 + Math.floor(Math.random() * 9));
  while (s.length < n) s += String(Math.floor(Math.random() * 10));
  return s;
};

export const newDeploymentId = (): string => `ecs-svc/${digits(19)}`;
export const newTaskId = (): string => randomBytes(16).toString('hex');
export const newEventId = (): string => randomUUID();
export const newRevisionId = (): string => digits(19);
export const newServiceDeploymentId = (): string =>
  randomBytes(16)
    .toString('base64')
    .replace(/[^A-Za-z0-9]/g, '')
    .slice(0, 22);
