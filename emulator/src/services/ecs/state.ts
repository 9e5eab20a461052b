import { randomUUID } from 'node:crypto';
import type { World } from '../../core/world';
import type { CloudWatchContract, EcsContract } from '../../core/contracts';
import { ownState } from '../../core/own-state';
import type { RuntimeContainerSpec, RuntimeTaskSpec } from '../../core/runtime';
import { greenLoadBalancers, runShift, shiftBack } from './strategies';
import {
  newDeploymentId,
  newEventId,
  newRevisionId,
  newServiceDeploymentId,
  newTaskId,
  type ClusterRecord,
  type DeploymentRecord,
  type ServiceDeploymentRecord,
  type ServiceRecord,
  type TaskDefinitionRecord,
  type TaskRecord,
  type TaskStatus,
} from './model';

/**
 * Emulated durations of the task lifecycle (milliseconds of emulated time, divided by the clock's
 * time scale). Fargate takes tens of seconds for these in reality; the emulator keeps them short
 * but non-zero so every state is observable.
 */
export const TIMINGS = {
  provisioningMs: 3000, // ENI attachment
  activatingMs: 1000, // load balancer registration
  deprovisioningMs: 2000, // ENI detachment
  reconcileDelayMs: 200, // batches the scheduler's reactions to bursts of changes
  relaunchBackoffMs: 5000, // after a failed task, before the scheduler places a replacement
  drainPollMs: 1000,
  /** ECS keeps stopped tasks describable for at least an hour. */
  stoppedTaskRetentionMs: 3600_000,
  /**
   * Bake time of a deployment with alarms when deploymentConfiguration.bakeTimeInMinutes is absent
   * and none of its alarms exists. ECS computes the bake from the alarms' configuration (see
   * alarmBakeMs).
   */
  defaultAlarmBakeMs: 60_000,
};

const MAX_EVENTS = 100;

interface LiveTask {
  startPromise?: Promise<void>;
  inRuntime: boolean;
}

/** Why a deployment fails, and what its service deployment and events say about it. */
export interface FailureCause {
  by: 'circuitBreaker' | 'alarms' | 'stop';
  /** Prefix of the reasons, e.g. 'ECS deployment circuit breaker'. */
  label: string;
  /** The deployment's rolloutStateReason. */
  reason: string;
  /** The end of the service event '(deployment <id>) deployment failed: ...'. */
  event: string;
  rollback: boolean;
  rollbackReason: string;
}

interface StopOptions {
  reason: string;
  stopCode: NonNullable<TaskRecord['stopCode']>;
  /** Counts for the deployment's failedTasks and the circuit breaker. */
  failed: boolean;
}

export interface EcsSnapshot {
  clusters: ClusterRecord[];
  taskDefinitions: TaskDefinitionRecord[];
  services: ServiceRecord[];
  tasks: TaskRecord[];
}

/**
 * ECS's control plane and its service scheduler. The records are plain data (snapshot/restore);
 * the scheduler is a set of timers on the world clock that move tasks through ECS's lifecycle and
 * reconcile each service towards its desired count, one rolling-update step at a time.
 */
const own = ownState<EcsState>('ECS');

export class EcsState implements EcsContract {
  /** This world's ECS state, as the service's own operations need it. */
  static of(world: World): EcsState {
    return own.of(world);
  }

  readonly clusters = new Map<string, ClusterRecord>();
  /** family -> revisions, index = revision - 1 */
  readonly taskDefinitions = new Map<string, TaskDefinitionRecord[]>();
  /** `${cluster}/${service}` -> service */
  readonly services = new Map<string, ServiceRecord>();
  readonly tasks = new Map<string, TaskRecord>();

  private readonly timers = new Set<() => void>();
  private readonly queued = new Set<string>();
  private readonly live = new Map<string, LiveTask>();
  private readonly launchHoldUntil = new Map<string, number>();
  private subscribed = false;
  private alarmsSubscribed = false;
  private stopped = false;

  constructor(readonly world: World) {
    own.register(world, this);
  }

  // ARNs
  private arnPrefix(): string {
    return `arn:aws:ecs:${this.world.region}:${this.world.accountId}`;
  }
  clusterArn(name: string): string {
    return `${this.arnPrefix()}:cluster/${name}`;
  }
  serviceArn(cluster: string, name: string): string {
    return `${this.arnPrefix()}:service/${cluster}/${name}`;
  }
  taskArn(cluster: string, id: string): string {
    return `${this.arnPrefix()}:task/${cluster}/${id}`;
  }
  taskDefinitionArn(family: string, revision: number): string {
    return `${this.arnPrefix()}:task-definition/${family}:${revision}`;
  }
  private serviceDeploymentArn(cluster: string, service: string): string {
    return `${this.arnPrefix()}:service-deployment/${cluster}/${service}/${newServiceDeploymentId()}`;
  }
  private serviceRevisionArn(cluster: string, service: string): string {
    return `${this.arnPrefix()}:service-revision/${cluster}/${service}/${newRevisionId()}`;
  }

  // Cross-service contract
  getService(
    cluster: string,
    service: string,
  ): { serviceArn: string; desiredCount: number; runningCount: number; status: string } | undefined {
    const svc = this.findService(cluster, service);
    if (!svc) return undefined;
    return {
      serviceArn: svc.arn,
      desiredCount: svc.desiredCount,
      runningCount: this.runningCount(svc),
      status: svc.status,
    };
  }

  setDesiredCount(cluster: string, service: string, count: number, cause: string): void {
    const svc = this.findService(cluster, service);
    if (!svc || svc.status !== 'ACTIVE') return;
    const from = svc.desiredCount;
    this.changeDesiredCount(svc, count);
    this.world.record('desired-count', svc.arn, { from, to: count, cause });
  }

  serviceTaskArns(cluster: string, service: string): string[] {
    const svc = this.findService(cluster, service);
    if (!svc) return [];
    return this.tasksOf(svc)
      .filter((t) => t.lastStatus === 'RUNNING')
      .map((t) => t.arn);
  }

  // Lookups
  /** Accepts a cluster name or ARN (undefined means 'default'). */
  clusterNameOf(ref: string | undefined): string {
    if (!ref) return 'default';
    const m = /^arn:aws[a-z-]*:ecs:[^:]*:\d*:cluster\/(.+)$/.exec(ref);
    return m ? m[1] : ref;
  }

  findCluster(ref: string | undefined): ClusterRecord | undefined {
    const c = this.clusters.get(this.clusterNameOf(ref));
    return c && c.status === 'ACTIVE' ? c : undefined;
  }

  /** A service by name or ARN; the ARN's cluster wins over the cluster argument, as in ECS. */
  findService(clusterRef: string | undefined, serviceRef: string): ServiceRecord | undefined {
    const m = /^arn:aws[a-z-]*:ecs:[^:]*:\d*:service\/(?:([^/]+)\/)?([^/]+)$/.exec(serviceRef);
    const cluster = m?.[1] ?? this.clusterNameOf(clusterRef);
    const name = m ? m[2] : serviceRef;
    return this.services.get(`${cluster}/${name}`);
  }

  findTaskDefinition(ref: string): TaskDefinitionRecord | undefined {
    const arn = /^arn:aws[a-z-]*:ecs:[^:]*:\d*:task-definition\/([A-Za-z0-9_-]+):(\d+)$/.exec(ref);
    const [family, rev] = arn
      ? [arn[1], Number(arn[2])]
      : ref.split(':').length === 2
        ? [ref.split(':')[0], Number(ref.split(':')[1])]
        : [ref, undefined];
    const revisions = this.taskDefinitions.get(family);
    if (!revisions) return undefined;
    if (rev !== undefined) {
      const td = revisions[rev - 1];
      return td && td.status !== 'DELETE_IN_PROGRESS' ? td : undefined;
    }
    // A bare family means its latest ACTIVE revision.
    for (let i = revisions.length - 1; i >= 0; i--) if (revisions[i].status === 'ACTIVE') return revisions[i];
    return undefined;
  }

  findTask(clusterRef: string | undefined, ref: string): TaskRecord | undefined {
    this.pruneStoppedTasks();
    const m = /^arn:aws[a-z-]*:ecs:[^:]*:\d*:task\/(?:([^/]+)\/)?([0-9a-f]{32})$/.exec(ref);
    const cluster = m?.[1] ?? this.clusterNameOf(clusterRef);
    const id = m ? m[2] : ref;
    return this.tasks.get(this.taskArn(cluster, id));
  }

  tasksOf(svc: ServiceRecord): TaskRecord[] {
    return [...this.tasks.values()].filter(
      (t) =>
        t.clusterName === svc.clusterName && t.serviceName === svc.name && t.group === `service:${svc.name}`,
    );
  }

  /** Tasks created before this service incarnation (a deleted service re-created) are not its own. */
  private liveTasksOf(svc: ServiceRecord): TaskRecord[] {
    return this.tasksOf(svc).filter((t) => t.desiredStatus === 'RUNNING');
  }

  runningCount(svc: ServiceRecord): number {
    return this.tasksOf(svc).filter((t) => t.lastStatus === 'RUNNING').length;
  }

  pendingCount(svc: ServiceRecord): number {
    return this.tasksOf(svc).filter((t) => t.desiredStatus === 'RUNNING' && isPending(t.lastStatus)).length;
  }

  deploymentCounts(svc: ServiceRecord, d: DeploymentRecord): { running: number; pending: number } {
    const mine = this.tasksOf(svc).filter((t) => t.deploymentId === d.id);
    return {
      running: mine.filter((t) => t.lastStatus === 'RUNNING').length,
      pending: mine.filter((t) => t.desiredStatus === 'RUNNING' && isPending(t.lastStatus)).length,
    };
  }

  pruneStoppedTasks(): void {
    const cutoff = this.world.clock.nowMs() - this.world.clock.real(TIMINGS.stoppedTaskRetentionMs);
    for (const [arn, t] of this.tasks)
      if (t.lastStatus === 'STOPPED' && (t.stoppedAt ?? 0) < cutoff) this.tasks.delete(arn);
  }

  // Clusters
  ensureCluster(name: string): ClusterRecord {
    const existing = this.clusters.get(name);
    if (existing && existing.status === 'ACTIVE') return existing;
    const c: ClusterRecord = {
      arn: this.clusterArn(name),
      name,
      status: 'ACTIVE',
      settings: [{ name: 'containerInsights', value: 'disabled' }],
      tags: [],
      createdAt: this.world.clock.nowMs(),
    };
    this.clusters.set(name, c);
    return c;
  }

  // Service events and timeline
  serviceEvent(svc: ServiceRecord, message: string): void {
    const full = `(service ${svc.name}) ${message}`;
    svc.events.unshift({ id: newEventId(), createdAt: this.world.clock.nowMs(), message: full });
    if (svc.events.length > MAX_EVENTS) svc.events.length = MAX_EVENTS;
    this.world.record('service-event', svc.arn, { message: full });
  }

  private recordTask(t: TaskRecord): void {
    t.version++;
    this.world.record('task-state', t.arn, {
      lastStatus: t.lastStatus,
      desiredStatus: t.desiredStatus,
      service: t.serviceName,
      deploymentId: t.deploymentId,
      taskDefinition: t.taskDefinitionArn,
      ip: t.ip,
      ...(t.stoppedReason ? { stoppedReason: t.stoppedReason, stopCode: t.stopCode } : {}),
    });
  }

  // Deployments
  /**
   * Starts a deployment of the service's current configuration: it becomes PRIMARY, the previous
   * PRIMARY becomes ACTIVE and is drained by the rolling update.
   */
  startDeployment(
    svc: ServiceRecord,
    opts: { rollbackOf?: { failed: DeploymentRecord; to: DeploymentRecord; label: string } } = {},
  ): DeploymentRecord {
    const now = this.world.clock.nowMs();
    const previous = svc.deployments.find((d) => d.status === 'PRIMARY');
    if (previous) {
      previous.status = 'ACTIVE';
      previous.updatedAt = now;
      const sd = svc.serviceDeployments.find((s) => s.arn === previous.serviceDeploymentArn);
      if (!opts.rollbackOf && sd && (sd.status === 'IN_PROGRESS' || sd.status === 'PENDING')) {
        sd.status = 'STOPPED';
        sd.statusReason = 'The service deployment was stopped because a newer service deployment started.';
        sd.stoppedAt = sd.updatedAt = now;
        if (sd.circuitBreakerStatus === 'MONITORING') sd.circuitBreakerStatus = 'MONITORING_COMPLETE';
      }
    }
    const id = newDeploymentId();
    let revisionArn: string;
    let sdArn: string;
    if (opts.rollbackOf) {
      revisionArn = opts.rollbackOf.to.serviceRevisionArn;
      sdArn = opts.rollbackOf.failed.serviceDeploymentArn;
    } else {
      revisionArn = this.serviceRevisionArn(svc.clusterName, svc.name);
      svc.revisions.push({
        arn: revisionArn,
        taskDefinition: svc.taskDefinition,
        loadBalancers: svc.loadBalancers,
        networkConfiguration: svc.networkConfiguration,
        createdAt: now,
      });
      if (svc.revisions.length > 50) svc.revisions.shift();
      sdArn = this.serviceDeploymentArn(svc.clusterName, svc.name);
      const sources = svc.deployments
        .filter(
          (d) =>
            d.status !== 'INACTIVE' &&
            this.tasksOf(svc).some((t) => t.deploymentId === d.id && t.desiredStatus === 'RUNNING'),
        )
        .map((d) => d.serviceRevisionArn);
      const sd: ServiceDeploymentRecord = {
        arn: sdArn,
        deploymentId: id,
        status: 'IN_PROGRESS',
        createdAt: now,
        startedAt: now,
        updatedAt: now,
        sourceRevisionArns: [...new Set(sources)],
        targetRevisionArn: revisionArn,
        deploymentConfiguration: structuredClone(svc.deploymentConfiguration),
        circuitBreakerStatus: svc.deploymentConfiguration.deploymentCircuitBreaker.enable
          ? 'MONITORING'
          : 'DISABLED',
        alarmsStatus: svc.deploymentConfiguration.alarms?.enable ? 'MONITORING' : 'DISABLED',
      };
      svc.serviceDeployments.unshift(sd);
      if (svc.serviceDeployments.length > 100) svc.serviceDeployments.length = 100;
    }
    const d: DeploymentRecord = {
      id,
      status: 'PRIMARY',
      taskDefinition: svc.taskDefinition,
      desiredCount: svc.desiredCount,
      failedTasks: 0,
      createdAt: now,
      updatedAt: now,
      rolloutState: 'IN_PROGRESS',
      rolloutStateReason: opts.rollbackOf
        ? `${opts.rollbackOf.label}: rolling back to deploymentId ${opts.rollbackOf.to.id}.`
        : `ECS deployment ${id} in progress.`,
      networkConfiguration: structuredClone(svc.networkConfiguration),
      loadBalancers: structuredClone(svc.loadBalancers),
      serviceRevisionArn: revisionArn,
      serviceDeploymentArn: sdArn,
      isRollback: !!opts.rollbackOf,
      circuitBreakerFailures: 0,
    };
    svc.deployments.unshift(d);
    if (!opts.rollbackOf && previous) this.prepareShift(svc, d, previous);
    // INACTIVE deployments are history; keep a few for rollback lookups.
    const inactive = svc.deployments.filter((x) => x.status === 'INACTIVE');
    if (inactive.length > 10)
      svc.deployments = svc.deployments.filter((x) => x.status !== 'INACTIVE' || inactive.indexOf(x) < 10);
    svc.steady = false;
    this.world.record('deployment', svc.arn, {
      event: 'created',
      deploymentId: id,
      taskDefinition: d.taskDefinition,
      rollback: !!opts.rollbackOf,
    });
    this.queueReconcile(svc);
    return d;
  }

  /**
   * A blue/green, canary or linear deployment when the strategy asks for one and a blue deployment
   * has tasks: its tasks go to the alternate target groups and runShift walks its lifecycle stages.
   */
  private prepareShift(svc: ServiceRecord, d: DeploymentRecord, blue: DeploymentRecord): void {
    const strategy = svc.deploymentConfiguration.strategy ?? 'ROLLING';
    if (strategy === 'ROLLING' || !svc.loadBalancers.some((lb) => lb.advancedConfiguration)) return;
    if (!this.tasksOf(svc).some((t) => t.deploymentId === blue.id && t.desiredStatus === 'RUNNING')) return;
    const sd = svc.serviceDeployments.find((s) => s.arn === d.serviceDeploymentArn);
    if (!sd) return;
    d.loadBalancers = greenLoadBalancers(svc, blue);
    d.shift = { strategy, blueDeploymentId: blue.id, stage: 'PENDING', productionPercent: 0, testPercent: 0 };
    void runShift(this, svc, d, sd, blue).catch((err: unknown) => {
      this.world.record('error', svc.arn, { message: err instanceof Error ? err.message : String(err) });
    });
  }

  /** The rollback of a shifting deployment: traffic back to blue at once, blue PRIMARY again, green stopped. */
  private shiftBackToBlue(svc: ServiceRecord, d: DeploymentRecord, cause: FailureCause): boolean {
    const blue = svc.deployments.find((x) => x.id === d.shift?.blueDeploymentId);
    if (
      !blue ||
      d.isRollback ||
      !this.tasksOf(svc).some((t) => t.deploymentId === blue.id && t.desiredStatus === 'RUNNING')
    )
      return false;
    const now = this.world.clock.nowMs();
    shiftBack(this.world, blue, d);
    this.markRollingBack(svc, d, cause, blue);
    d.status = 'ACTIVE';
    blue.status = 'PRIMARY';
    blue.updatedAt = d.updatedAt = now;
    blue.rollbackOfServiceDeployment = d.serviceDeploymentArn;
    svc.taskDefinition = blue.taskDefinition;
    svc.networkConfiguration = structuredClone(blue.networkConfiguration);
    this.serviceEvent(svc, `rolling back to deployment ${blue.id}.`);
    this.world.record('rollback', svc.arn, {
      failedDeploymentId: d.id,
      toDeploymentId: blue.id,
      taskDefinition: blue.taskDefinition,
      by: cause.by,
    });
    this.queueReconcile(svc, 0);
    return true;
  }

  changeDesiredCount(svc: ServiceRecord, count: number): void {
    svc.desiredCount = count;
    const primary = svc.deployments.find((d) => d.status === 'PRIMARY');
    if (primary) {
      primary.desiredCount = count;
      primary.updatedAt = this.world.clock.nowMs();
    }
    this.queueReconcile(svc);
  }

  private circuitBreakerThreshold(svc: ServiceRecord): number {
    return Math.min(200, Math.max(3, Math.ceil(0.5 * svc.desiredCount)));
  }

  private countFailure(svc: ServiceRecord, task: TaskRecord): void {
    const d = svc.deployments.find((x) => x.id === task.deploymentId);
    this.launchHoldUntil.set(
      svc.arn,
      this.world.clock.nowMs() + this.world.clock.real(TIMINGS.relaunchBackoffMs),
    );
    if (!d) return;
    d.failedTasks++;
    d.updatedAt = this.world.clock.nowMs();
    const breaker = svc.deploymentConfiguration.deploymentCircuitBreaker;
    if (!breaker.enable || d.status !== 'PRIMARY' || d.rolloutState !== 'IN_PROGRESS') return;
    d.circuitBreakerFailures++;
    if (d.circuitBreakerFailures >= this.circuitBreakerThreshold(svc))
      this.failDeployment(svc, d, {
        by: 'circuitBreaker',
        label: 'ECS deployment circuit breaker',
        reason: 'ECS deployment circuit breaker: tasks failed to start.',
        event: 'tasks failed to start.',
        rollback: breaker.rollback,
        rollbackReason:
          'Rolling back to the last completed service revision because the deployment circuit breaker was triggered.',
      });
  }

  /**
   * Fails a deployment (circuit breaker, alarm or StopServiceDeployment) and, when asked, rolls the
   * service back to its last completed deployment. The rollback shares the failed one's service deployment.
   */
  failDeployment(svc: ServiceRecord, d: DeploymentRecord, cause: FailureCause): void {
    const now = this.world.clock.nowMs();
    d.rolloutState = 'FAILED';
    d.rolloutStateReason = cause.reason;
    d.updatedAt = now;
    this.serviceEvent(svc, `(deployment ${d.id}) deployment failed: ${cause.event}`);
    this.world.record('deployment', svc.arn, {
      event: 'failed',
      deploymentId: d.id,
      failedTasks: d.failedTasks,
      reason: d.rolloutStateReason,
    });
    const sd = svc.serviceDeployments.find((s) => s.arn === d.serviceDeploymentArn);
    if (sd) {
      if (cause.by === 'circuitBreaker') sd.circuitBreakerStatus = 'TRIGGERED';
      else if (sd.circuitBreakerStatus === 'MONITORING') sd.circuitBreakerStatus = 'MONITORING_COMPLETE';
      if (cause.by === 'alarms') sd.alarmsStatus = 'TRIGGERED';
      else if (sd.alarmsStatus === 'MONITORING') sd.alarmsStatus = 'MONITORING_COMPLETE';
      sd.updatedAt = now;
    }
    if (cause.rollback && d.shift && this.shiftBackToBlue(svc, d, cause)) return;
    const target = svc.deployments.find((x) => x.id === svc.lastCompletedDeploymentId);
    if (!cause.rollback) {
      if (sd) {
        sd.status = 'STOPPED';
        sd.statusReason = d.rolloutStateReason;
        sd.stoppedAt = now;
      }
      return;
    }
    if (d.isRollback || !target) {
      // Nothing COMPLETED to go back to (or the rollback itself failed): ECS leaves the service as it is.
      if (sd) {
        sd.status = 'ROLLBACK_FAILED';
        sd.statusReason = d.isRollback
          ? `${cause.label}: the rollback deployment failed.`
          : `${cause.label}: there is no completed deployment to roll back to.`;
        sd.finishedAt = now;
      }
      return;
    }
    this.markRollingBack(svc, d, cause, target);
    svc.taskDefinition = target.taskDefinition;
    // A service with advancedConfiguration keeps its configured target groups (the deployment's may be the alternate ones).
    if (!svc.loadBalancers.some((lb) => lb.advancedConfiguration))
      svc.loadBalancers = structuredClone(target.loadBalancers);
    svc.networkConfiguration = structuredClone(target.networkConfiguration);
    const rollback = this.startDeployment(svc, { rollbackOf: { failed: d, to: target, label: cause.label } });
    this.serviceEvent(svc, `rolling back to deployment ${target.id}.`);
    this.world.record('rollback', svc.arn, {
      failedDeploymentId: d.id,
      rollbackDeploymentId: rollback.id,
      toDeploymentId: target.id,
      taskDefinition: target.taskDefinition,
      by: cause.by,
    });
  }

  // Scheduler
  private after(emulatedMs: number, fn: () => void): void {
    if (this.stopped) return;
    const cancel = this.world.clock.schedule(emulatedMs, () => {
      this.timers.delete(cancel);
      if (!this.stopped) fn();
    });
    this.timers.add(cancel);
  }

  sleep(emulatedMs: number): Promise<void> {
    return new Promise((resolve) => this.after(emulatedMs, resolve));
  }

  queueReconcile(svc: ServiceRecord, delayMs = TIMINGS.reconcileDelayMs): void {
    const key = `${svc.clusterName}/${svc.name}`;
    if (this.queued.has(key) || this.stopped) return;
    this.queued.add(key);
    this.after(delayMs, () => {
      this.queued.delete(key);
      const current = this.services.get(key);
      if (current === svc) this.reconcile(svc);
    });
  }

  isHealthy(t: TaskRecord): boolean {
    if (t.lastStatus !== 'RUNNING' || t.desiredStatus !== 'RUNNING') return false;
    if (t.containers.some((c) => c.essential && c.hasHealthCheck && c.healthStatus !== 'HEALTHY'))
      return false;
    if (t.loadBalancers.length === 0) return true;
    const elbv2 = this.world.elbv2;
    if (!elbv2) return false;
    return t.loadBalancers.every(
      (lb) => elbv2.targetState(lb.targetGroupArn, t.ip, lb.containerPort)?.state === 'healthy',
    );
  }

  /** One step of the rolling update / scaling towards the service's desired state. */
  reconcile(svc: ServiceRecord): void {
    if (svc.status === 'INACTIVE') return;
    const now = this.world.clock.nowMs();
    const all = this.tasksOf(svc);
    const live = all.filter((t) => t.desiredStatus === 'RUNNING');
    const primary = svc.deployments.find((d) => d.status === 'PRIMARY');

    if (svc.status === 'DRAINING' || !primary) {
      this.drain(svc, all, live, primary);
      return;
    }
    if (this.alarmFired(svc, primary)) return;

    for (const t of live) {
      if (!t.everHealthy && this.isHealthy(t)) {
        t.everHealthy = true;
        const d = svc.deployments.find((x) => x.id === t.deploymentId);
        if (d && svc.deploymentConfiguration.deploymentCircuitBreaker.resetOnHealthyTask)
          d.circuitBreakerFailures = 0;
      }
    }

    const desired = svc.desiredCount;
    const cfg = svc.deploymentConfiguration;
    const maxTotal = Math.max(Math.floor((desired * cfg.maximumPercent) / 100), 0);
    const minHealthy = Math.ceil((desired * cfg.minimumHealthyPercent) / 100);
    const stop: TaskRecord[] = [];
    const stopped = new Set<TaskRecord>();

    let primaryLive = live.filter((t) => t.deploymentId === primary.id);
    const oldLive = live.filter((t) => t.deploymentId !== primary.id);

    // Scale in: the unhealthy and the youngest go first.
    if (primaryLive.length > desired) {
      const ordered = [...primaryLive].sort(
        (a, b) => Number(this.isHealthy(a)) - Number(this.isHealthy(b)) || b.createdAt - a.createdAt,
      );
      for (const t of ordered.slice(0, primaryLive.length - desired)) {
        stopped.add(t);
        stop.push(t);
      }
      primaryLive = primaryLive.filter((t) => !stopped.has(t));
    }

    // A shifting deployment keeps the blue tasks until its CLEAN_UP stage.
    const holdBlue =
      !!primary.shift && primary.rolloutState === 'IN_PROGRESS' && primary.shift.stage !== 'CLEAN_UP';
    if (primary.rolloutState !== 'FAILED' && !holdBlue) {
      // Old tasks that serve nothing can go at once; healthy ones only while the healthy count stays >= minimum.
      let healthyCount = live.filter((t) => !stopped.has(t) && this.isHealthy(t)).length;
      const oldOrdered = [...oldLive].sort(
        (a, b) => Number(this.isHealthy(a)) - Number(this.isHealthy(b)) || a.createdAt - b.createdAt,
      );
      for (const t of oldOrdered) {
        const healthy = this.isHealthy(t);
        if (healthy && healthyCount - 1 < minHealthy) continue;
        stopped.add(t);
        stop.push(t);
        if (healthy) healthyCount--;
      }
    }
    if (stop.length)
      this.stopTasks(svc, stop, {
        reason: `Scaling activity initiated by (deployment ${primary.id})`,
        stopCode: 'ServiceSchedulerInitiated',
        failed: false,
      });

    if (primary.rolloutState !== 'FAILED' && svc.status === 'ACTIVE') {
      const liveAfter = live.filter((t) => !stopped.has(t)).length;
      const room = holdBlue ? desired : Math.max(maxTotal, oldLive.length === 0 ? desired : 0) - liveAfter;
      const scaling =
        !primary.shift || !['PENDING', 'RECONCILE_SERVICE', 'PRE_SCALE_UP'].includes(primary.shift.stage);
      const wanted = scaling ? Math.min(desired - primaryLive.length, room) : 0;
      const hold = this.launchHoldUntil.get(svc.arn) ?? 0;
      if (wanted > 0) {
        if (now < hold) this.queueReconcile(svc, Math.max(1, (hold - now) * this.world.clock.timeScale));
        else this.launchTasks(svc, primary, wanted);
      }
    }

    // Deployments whose tasks are all gone are done.
    for (const d of svc.deployments) {
      if (d.status !== 'ACTIVE') continue;
      if (!all.some((t) => t.deploymentId === d.id && t.lastStatus !== 'STOPPED')) {
        d.status = 'INACTIVE';
        d.updatedAt = now;
      }
    }

    this.updateSteadyState(svc, primary, primaryLive, all);
  }

  /** The deployment alarms being watched for a deployment in progress (not for a rollback). */
  private watchedAlarms(svc: ServiceRecord, d: DeploymentRecord): string[] {
    const alarms = svc.deploymentConfiguration.alarms;
    if (!alarms?.enable || d.isRollback || d.rolloutState !== 'IN_PROGRESS') return [];
    return alarms.alarmNames;
  }

  /** Fails (and maybe rolls back) the primary deployment when one of its alarms is in ALARM. */
  private alarmFired(svc: ServiceRecord, d: DeploymentRecord): boolean {
    const names = this.watchedAlarms(svc, d);
    const cloudwatch = this.world.cloudwatch;
    if (!names.length || !cloudwatch) return false;
    this.ensureAlarmSubscription(cloudwatch);
    const firing = names.filter((n) => cloudwatch.alarmState(n)?.state === 'ALARM');
    if (!firing.length) return false;
    const sd = svc.serviceDeployments.find((s) => s.arn === d.serviceDeploymentArn);
    if (sd) sd.triggeredAlarmNames = firing;
    this.failDeployment(svc, d, {
      by: 'alarms',
      label: 'ECS deployment alarms',
      reason: `ECS deployment alarms: the alarm(s) ${firing.join(', ')} went into ALARM.`,
      event: `alarm(s) ${firing.join(', ')} in ALARM.`,
      rollback: svc.deploymentConfiguration.alarms!.rollback,
      rollbackReason:
        'Rolling back to the last completed service revision because a deployment alarm went into ALARM.',
    });
    return true;
  }

  private ensureAlarmSubscription(cloudwatch: CloudWatchContract): void {
    if (this.alarmsSubscribed) return;
    this.alarmsSubscribed = true;
    cloudwatch.onAlarmStateChange((name, state) => {
      if (this.stopped || state !== 'ALARM') return;
      for (const svc of this.services.values()) {
        const primary = svc.deployments.find((d) => d.status === 'PRIMARY');
        if (primary && this.watchedAlarms(svc, primary).includes(name)) this.queueReconcile(svc, 0);
      }
    });
  }

  /**
   * ECS documents that it computes a rolling deployment's bake time from its alarms' configuration,
   * without the formula. Here: long enough for the period in progress at steady state to end and be
   * judged with the alarm's full evaluation range after it, (evaluation periods + 1) x period, the
   * longest over the deployment's alarms.
   */
  private alarmBakeMs(svc: ServiceRecord, d: DeploymentRecord): number {
    const windows = this.watchedAlarms(svc, d).map((name) => this.world.cloudwatch.alarmWindow(name));
    const spans = windows.flatMap((w) => (w ? [(w.evaluationPeriods + 1) * w.periodSeconds * 1000] : []));
    return spans.length ? Math.max(...spans) : TIMINGS.defaultAlarmBakeMs;
  }

  /** A deployment with alarms stays IN_PROGRESS for its bake time after reaching its steady state. */
  private baked(svc: ServiceRecord, d: DeploymentRecord): boolean {
    if (d.shift) return d.shift.stage === 'CLEAN_UP';
    if (!this.watchedAlarms(svc, d).length) return true;
    const now = this.world.clock.nowMs();
    if (d.bakeEndsAt === undefined) {
      const minutes = svc.deploymentConfiguration.bakeTimeInMinutes;
      const bakeMs = minutes !== undefined ? minutes * 60_000 : this.alarmBakeMs(svc, d);
      d.bakeEndsAt = now + this.world.clock.real(bakeMs);
      this.after(bakeMs, () => this.queueReconcile(svc));
    }
    return now >= d.bakeEndsAt;
  }

  /**
   * StopServiceDeployment: ROLLBACK goes through ROLLBACK_REQUESTED to a rollback to the last
   * completed revision; ABORT through STOP_REQUESTED to STOPPED, leaving the tasks as they are.
   */
  stopServiceDeployment(
    svc: ServiceRecord,
    sd: ServiceDeploymentRecord,
    stopType: 'ROLLBACK' | 'ABORT',
  ): void {
    if (!['PENDING', 'IN_PROGRESS'].includes(sd.status)) return; // already stopping or rolling back
    const d = svc.deployments.find((x) => x.serviceDeploymentArn === sd.arn && !x.isRollback);
    sd.status = stopType === 'ROLLBACK' ? 'ROLLBACK_REQUESTED' : 'STOP_REQUESTED';
    sd.updatedAt = this.world.clock.nowMs();
    this.after(TIMINGS.reconcileDelayMs, () => {
      if (!d || (sd.status !== 'ROLLBACK_REQUESTED' && sd.status !== 'STOP_REQUESTED')) return;
      this.failDeployment(svc, d, {
        by: 'stop',
        label: 'Service deployment stopped',
        reason: `Service deployment stopped by a StopServiceDeployment request (${stopType}).`,
        event: `stopped by a request (${stopType}).`,
        rollback: stopType === 'ROLLBACK',
        rollbackReason:
          'Rolling back to the last completed service revision because the service deployment was stopped.',
      });
      this.queueReconcile(svc);
    });
  }

  /** Stops every task of a deleted (or deployment-less) service; INACTIVE once all are stopped. */
  private drain(svc: ServiceRecord, all: TaskRecord[], live: TaskRecord[], primary?: DeploymentRecord): void {
    this.stopTasks(svc, live, {
      reason: drainReason(primary),
      stopCode: 'ServiceSchedulerInitiated',
      failed: false,
    });
    if (!all.every((t) => t.lastStatus === 'STOPPED')) return;
    svc.status = 'INACTIVE';
    for (const d of svc.deployments) {
      if (d.status === 'INACTIVE') continue;
      d.status = 'INACTIVE';
      d.updatedAt = this.world.clock.nowMs();
    }
    this.world.record('service-deleted', svc.arn, {});
  }

  /** Steady: only the primary deployment, at its desired count, all healthy, nothing stopping. */
  private updateSteadyState(
    svc: ServiceRecord,
    primary: DeploymentRecord,
    primaryLive: TaskRecord[],
    all: TaskRecord[],
  ): void {
    const desired = svc.desiredCount;
    const primaryHealthy = primaryLive.filter((t) => this.isHealthy(t)).length;
    const othersGone = !svc.deployments.some((d) => d.status === 'ACTIVE');
    const steadyNow =
      primary.rolloutState !== 'FAILED' &&
      othersGone &&
      primaryLive.length === desired &&
      primaryHealthy === desired &&
      all.every((t) => t.desiredStatus === 'RUNNING' || t.lastStatus === 'STOPPED');
    if (steadyNow && primary.rolloutState === 'IN_PROGRESS' && this.baked(svc, primary))
      this.completeDeployment(svc, primary);
    if (steadyNow && primary.rollbackOfServiceDeployment) this.finishTrafficRollback(svc, primary);
    if (steadyNow && !svc.steady) this.serviceEvent(svc, 'has reached a steady state.');
    svc.steady = steadyNow;
  }

  /** The failed deployment's service deployment: ROLLBACK_IN_PROGRESS towards the revision of `to`. */
  private markRollingBack(
    svc: ServiceRecord,
    d: DeploymentRecord,
    cause: FailureCause,
    to: DeploymentRecord,
  ): void {
    const sd = svc.serviceDeployments.find((s) => s.arn === d.serviceDeploymentArn);
    if (!sd) return;
    const now = this.world.clock.nowMs();
    sd.status = 'ROLLBACK_IN_PROGRESS';
    sd.statusReason = d.rolloutStateReason;
    sd.rollback = { reason: cause.rollbackReason, startedAt: now, serviceRevisionArn: to.serviceRevisionArn };
    sd.updatedAt = now;
  }

  private finishTrafficRollback(svc: ServiceRecord, blue: DeploymentRecord): void {
    const sd = svc.serviceDeployments.find((s) => s.arn === blue.rollbackOfServiceDeployment);
    blue.rollbackOfServiceDeployment = undefined;
    if (!sd || sd.status !== 'ROLLBACK_IN_PROGRESS') return;
    sd.status = 'ROLLBACK_SUCCESSFUL';
    sd.finishedAt = sd.updatedAt = this.world.clock.nowMs();
  }

  private completeDeployment(svc: ServiceRecord, d: DeploymentRecord): void {
    const now = this.world.clock.nowMs();
    d.rolloutState = 'COMPLETED';
    d.rolloutStateReason = `ECS deployment ${d.id} completed.`;
    d.updatedAt = now;
    svc.lastCompletedDeploymentId = d.id;
    svc.lastCompletedTaskDefinition = d.taskDefinition;
    const sd = svc.serviceDeployments.find((s) => s.arn === d.serviceDeploymentArn);
    if (sd) {
      sd.status = d.isRollback ? 'ROLLBACK_SUCCESSFUL' : 'SUCCESSFUL';
      sd.finishedAt = sd.updatedAt = now;
      if (sd.circuitBreakerStatus === 'MONITORING') sd.circuitBreakerStatus = 'MONITORING_COMPLETE';
      if (sd.alarmsStatus === 'MONITORING') sd.alarmsStatus = 'MONITORING_COMPLETE';
    }
    this.serviceEvent(svc, `(deployment ${d.id}) deployment completed.`);
    this.world.record('deployment', svc.arn, {
      event: 'completed',
      deploymentId: d.id,
      taskDefinition: d.taskDefinition,
      rollback: d.isRollback,
    });
  }

  // Task lifecycle
  private launchTasks(svc: ServiceRecord, d: DeploymentRecord, count: number): void {
    const started: TaskRecord[] = [];
    for (let i = 0; i < count; i++) {
      const t = this.createTask({
        clusterName: svc.clusterName,
        taskDefinitionArn: d.taskDefinition,
        subnets: d.networkConfiguration.subnets,
        startedBy: d.id,
        group: `service:${svc.name}`,
        serviceName: svc.name,
        deploymentId: d.id,
        loadBalancers: d.loadBalancers,
        healthCheckGracePeriodSeconds: svc.healthCheckGracePeriodSeconds,
        tags: this.tagsForServiceTask(svc, d.taskDefinition),
      });
      if (t) started.push(t);
    }
    if (started.length)
      this.serviceEvent(
        svc,
        `has started ${started.length} tasks: ${started.map((t) => `(task ${t.id})`).join(' ')}.`,
      );
  }

  private tagsForServiceTask(svc: ServiceRecord, tdArn: string): { key: string; value: string }[] {
    const tags: { key: string; value: string }[] = [];
    if (svc.propagateTags === 'SERVICE') tags.push(...svc.tags);
    if (svc.propagateTags === 'TASK_DEFINITION') tags.push(...(this.findTaskDefinition(tdArn)?.tags ?? []));
    if (svc.enableECSManagedTags)
      tags.push(
        { key: 'aws:ecs:clusterName', value: svc.clusterName },
        { key: 'aws:ecs:serviceName', value: svc.name },
      );
    return tags;
  }

  /** Places a task (service scheduler or RunTask) and starts its lifecycle. */
  createTask(opts: {
    clusterName: string;
    taskDefinitionArn: string;
    subnets: string[];
    startedBy?: string;
    group: string;
    serviceName?: string;
    deploymentId?: string;
    loadBalancers: TaskRecord['loadBalancers'];
    healthCheckGracePeriodSeconds: number;
    tags: { key: string; value: string }[];
  }): TaskRecord | undefined {
    const td = this.findTaskDefinition(opts.taskDefinitionArn);
    if (!td) return undefined;
    const id = newTaskId();
    const arn = this.taskArn(opts.clusterName, id);
    const placed = this.tasks.size + Math.floor(Math.random() * 1000);
    const subnetId = opts.subnets[placed % Math.max(1, opts.subnets.length)] ?? '';
    const subnet = this.world.ec2?.getSubnet(subnetId);
    const ip = subnet ? this.world.runtime.allocateAddress(subnet.cidrBlock) : '';
    const now = this.world.clock.nowMs();
    const t: TaskRecord = {
      arn,
      id,
      clusterName: opts.clusterName,
      serviceName: opts.serviceName,
      deploymentId: opts.deploymentId,
      taskDefinitionArn: td.arn,
      family: td.family,
      lastStatus: 'PROVISIONING',
      desiredStatus: 'RUNNING',
      cpu: String(td.body.cpu ?? '256'),
      memory: String(td.body.memory ?? '512'),
      createdAt: now,
      startedBy: opts.startedBy,
      group: opts.group,
      availabilityZone: subnet?.availabilityZone ?? `${this.world.region}a`,
      subnetId,
      ip,
      eniId: `eni-${randomUUID().replace(/-/g, '').slice(0, 17)}`,
      attachmentId: randomUUID(),
      attachmentStatus: 'PRECREATED',
      containers: (td.body.containerDefinitions as any[]).map((c) => ({
        arn: `${this.arnPrefix()}:container/${opts.clusterName}/${id}/${randomUUID()}`,
        name: c.name,
        image: c.image,
        essential: c.essential !== false,
        lastStatus: 'PENDING',
        healthStatus: 'UNKNOWN',
        hasHealthCheck: !!c.healthCheck,
        cpu: String(c.cpu ?? 0),
        memory: c.memory !== undefined ? String(c.memory) : undefined,
        runtimeId: `${id}-${randomUUID().replace(/-/g, '').slice(0, 10)}`,
      })),
      tags: opts.tags,
      version: 0,
      loadBalancers: structuredClone(opts.loadBalancers),
      registeredTargets: [],
      everHealthy: false,
      failed: false,
      healthCheckGracePeriodSeconds: opts.healthCheckGracePeriodSeconds,
    };
    this.tasks.set(arn, t);
    this.live.set(arn, { inRuntime: false });
    this.recordTask(t);
    if (!subnet) {
      this.stopTask(t, {
        reason: `ResourceInitializationError: unable to create the network interface: the subnet '${subnetId}' does not exist`,
        stopCode: 'TaskFailedToStart',
        failed: true,
      });
      return t;
    }
    this.after(TIMINGS.provisioningMs, () => this.beginPending(t, td));
    return t;
  }

  private beginPending(t: TaskRecord, td: TaskDefinitionRecord): void {
    if (t.desiredStatus !== 'RUNNING') return;
    t.lastStatus = 'PENDING';
    t.attachmentStatus = 'ATTACHED';
    t.connectivityAt = t.pullStartedAt = this.world.clock.nowMs();
    this.recordTask(t);
    const live = this.live.get(t.arn)!;
    live.inRuntime = true;
    const spec = this.runtimeSpec(t, td);
    live.startPromise = this.world.runtime
      .startTask(spec, {
        onRunning: () => this.onRuntimeRunning(t),
        onContainerExit: (name, code, reason) => this.onContainerExit(t, name, code, reason),
        onLog: (name, line) => this.onContainerLog(t, spec, name, line),
        onHealth: (name, status) => this.onContainerHealth(t, name, status),
      })
      .catch((err: unknown) => {
        live.inRuntime = false;
        const message = err instanceof Error ? err.message : String(err);
        this.stopTask(t, {
          reason: `CannotStartContainerError: ${message}`,
          stopCode: 'TaskFailedToStart',
          failed: true,
        });
      });
  }

  private runtimeSpec(t: TaskRecord, td: TaskDefinitionRecord): RuntimeTaskSpec {
    const containers: RuntimeContainerSpec[] = (td.body.containerDefinitions as any[]).map((c) => {
      const opts =
        c.logConfiguration?.logDriver === 'awslogs' ? (c.logConfiguration.options ?? {}) : undefined;
      const prefix = opts?.['awslogs-stream-prefix'];
      return {
        name: c.name,
        image: c.image,
        essential: c.essential !== false,
        cpu: c.cpu,
        memory: c.memory,
        memoryReservation: c.memoryReservation,
        command: c.command,
        entryPoint: c.entryPoint,
        environment: c.environment ?? [],
        portMappings: c.portMappings ?? [],
        stopTimeout: c.stopTimeout,
        healthCheck: c.healthCheck,
        logs: opts?.['awslogs-group']
          ? {
              group: opts['awslogs-group'],
              // ECS names awslogs streams prefix/container-name/task-id.
              stream: prefix ? `${prefix}/${c.name}/${t.id}` : t.id,
              region: opts['awslogs-region'],
            }
          : undefined,
      };
    });
    return {
      taskArn: t.arn,
      taskId: t.id,
      family: t.family,
      ip: t.ip,
      cpu: Number(t.cpu),
      memory: Number(t.memory),
      containers,
    };
  }

  private serviceOf(t: TaskRecord): ServiceRecord | undefined {
    if (!t.serviceName) return undefined;
    const svc = this.services.get(`${t.clusterName}/${t.serviceName}`);
    return svc && svc.deployments.some((d) => d.id === t.deploymentId) ? svc : undefined;
  }

  private onRuntimeRunning(t: TaskRecord): void {
    if (t.desiredStatus !== 'RUNNING' || t.lastStatus !== 'PENDING') return;
    t.pullStoppedAt = this.world.clock.nowMs();
    for (const c of t.containers) if (c.lastStatus === 'PENDING') c.lastStatus = 'RUNNING';
    const svc = this.serviceOf(t);
    if (t.loadBalancers.length && svc) {
      t.lastStatus = 'ACTIVATING';
      this.recordTask(t);
      this.ensureHealthSubscription();
      const elbv2 = this.world.elbv2;
      for (const lb of t.loadBalancers) {
        elbv2?.registerTargets(lb.targetGroupArn, [{ id: t.ip, port: lb.containerPort }]);
        t.registeredTargets.push({ targetGroupArn: lb.targetGroupArn, port: lb.containerPort });
        this.serviceEvent(svc, `registered 1 targets in (target-group ${lb.targetGroupArn})`);
      }
      this.after(TIMINGS.activatingMs, () => this.becomeRunning(t));
    } else {
      this.becomeRunning(t);
    }
  }

  private becomeRunning(t: TaskRecord): void {
    if (t.desiredStatus !== 'RUNNING') return;
    t.lastStatus = 'RUNNING';
    t.startedAt = this.world.clock.nowMs();
    this.recordTask(t);
    const svc = this.serviceOf(t);
    if (!svc) return;
    if (t.loadBalancers.length && t.healthCheckGracePeriodSeconds > 0)
      this.after(t.healthCheckGracePeriodSeconds * 1000, () => this.checkTargetsAfterGrace(t));
    this.queueReconcile(svc);
  }

  private checkTargetsAfterGrace(t: TaskRecord): void {
    if (t.desiredStatus !== 'RUNNING') return;
    const elbv2 = this.world.elbv2;
    for (const lb of t.loadBalancers) {
      const s = elbv2?.targetState(lb.targetGroupArn, t.ip, lb.containerPort);
      if (s?.state === 'unhealthy')
        return this.failElbHealthChecks(t, lb.targetGroupArn, lb.containerPort, s.reason);
    }
  }

  private ensureHealthSubscription(): void {
    if (this.subscribed) return;
    const elbv2 = this.world.elbv2;
    if (!elbv2) return;
    this.subscribed = true;
    elbv2.onTargetHealthChange((tgArn, id, port, state, reason, description) => {
      if (this.stopped) return;
      for (const t of this.tasks.values()) {
        if (t.ip !== id || t.desiredStatus !== 'RUNNING') continue;
        if (!t.loadBalancers.some((lb) => lb.targetGroupArn === tgArn && lb.containerPort === port)) continue;
        const svc = this.serviceOf(t);
        if (!svc) continue;
        if (state === 'unhealthy' && t.lastStatus === 'RUNNING') {
          // ECS ignores failing ELB health checks until the grace period after the task started has passed.
          const graceEnds =
            (t.startedAt ?? 0) + this.world.clock.real(t.healthCheckGracePeriodSeconds * 1000);
          if (this.world.clock.nowMs() >= graceEnds)
            this.failElbHealthChecks(t, tgArn, port, description ?? reason);
        } else {
          this.queueReconcile(svc);
        }
      }
    });
  }

  private failElbHealthChecks(t: TaskRecord, tgArn: string, port: number, description?: string): void {
    const svc = this.serviceOf(t);
    // awsvpc tasks are named by task id (EC2 bridge-mode tasks by instance id), and the reason is the
    // target's health Description: "... due to (reason Health checks failed with these codes: [500])."
    if (svc)
      this.serviceEvent(
        svc,
        `(task ${t.id}) (port ${port}) is unhealthy in (target-group ${tgArn}) due to (reason ${description ?? 'Health checks failed'}).`,
      );
    this.stopTasks(svc, [t], {
      reason: `Task failed ELB health checks in (target-group ${tgArn})`,
      stopCode: 'ServiceSchedulerInitiated',
      failed: true,
    });
  }

  private onContainerExit(t: TaskRecord, name: string, exitCode: number | null, reason?: string): void {
    const c = t.containers.find((x) => x.name === name);
    if (!c) return;
    c.lastStatus = 'STOPPED';
    if (exitCode !== null) c.exitCode = exitCode;
    if (reason) c.reason = reason;
    if (!c.essential || t.desiredStatus !== 'RUNNING') return;
    // A container that never started is the task failing to start: ECS puts the runtime's error
    // (CannotPullContainerError, CannotStartContainerError, ...) in the task's stoppedReason itself.
    if (reason && /^Cannot\w+Error/.test(reason) && exitCode === null) {
      this.stopTask(t, { reason, stopCode: 'TaskFailedToStart', failed: true });
      return;
    }
    this.stopTask(t, {
      reason: 'Essential container in task exited',
      stopCode: 'EssentialContainerExited',
      failed: true,
    });
  }

  private onContainerLog(t: TaskRecord, spec: RuntimeTaskSpec, name: string, line: string): void {
    const dest = spec.containers.find((c) => c.name === name)?.logs;
    if (!dest) return;
    this.world.logs?.append(dest.group, dest.stream, [
      { timestamp: this.world.clock.nowMs(), message: line },
    ]);
  }

  private onContainerHealth(t: TaskRecord, name: string, status: 'HEALTHY' | 'UNHEALTHY' | 'UNKNOWN'): void {
    const c = t.containers.find((x) => x.name === name);
    if (!c) return;
    c.healthStatus = status;
    const svc = this.serviceOf(t);
    if (status === 'UNHEALTHY' && c.essential && t.desiredStatus === 'RUNNING') {
      if (svc) this.serviceEvent(svc, `(task ${t.id}) failed container health checks.`);
      this.stopTasks(svc, [t], {
        reason: `Task failed container health checks`,
        stopCode: 'ServiceSchedulerInitiated',
        failed: true,
      });
      return;
    }
    if (svc) this.queueReconcile(svc);
  }

  /** Scheduler-initiated stops, with ECS's "has stopped N running tasks" event. */
  private stopTasks(svc: ServiceRecord | undefined, tasks: TaskRecord[], opts: StopOptions): void {
    const stopping = tasks.filter((t) => t.desiredStatus === 'RUNNING');
    if (!stopping.length) return;
    const running = stopping.filter((t) => t.lastStatus === 'RUNNING' || t.lastStatus === 'ACTIVATING');
    for (const t of stopping) this.stopTask(t, opts);
    if (svc && running.length) {
      this.serviceEvent(
        svc,
        `has stopped ${running.length} running tasks: ${running.map((t) => `(task ${t.id})`).join(' ')}.`,
      );
    }
  }

  /** Stops one task: deregister and drain, stop the containers, release the ENI. */
  stopTask(t: TaskRecord, opts: StopOptions): void {
    if (t.desiredStatus === 'STOPPED') return;
    t.desiredStatus = 'STOPPED';
    t.stoppingAt = this.world.clock.nowMs();
    t.stoppedReason = opts.reason;
    t.stopCode = opts.stopCode;
    t.failed = opts.failed;
    this.recordTask(t);
    const svc = this.serviceOf(t);
    if (svc && opts.failed) this.countFailure(svc, t);
    void this.runStopSequence(t).catch((err: unknown) => {
      this.world.record('error', t.arn, { message: err instanceof Error ? err.message : String(err) });
    });
    if (svc) this.queueReconcile(svc);
  }

  private async runStopSequence(t: TaskRecord): Promise<void> {
    const svc = this.serviceOf(t);
    const elbv2 = this.world.elbv2;
    if (t.registeredTargets.length && elbv2) {
      t.lastStatus = 'DEACTIVATING';
      this.recordTask(t);
      if (svc) this.serviceEvent(svc, `has begun draining connections on 1 tasks.`);
      let longestDelay = 0;
      for (const r of t.registeredTargets) {
        elbv2.deregisterTargets(r.targetGroupArn, [{ id: t.ip, port: r.port }]);
        longestDelay = Math.max(
          longestDelay,
          elbv2.getTargetGroup(r.targetGroupArn)?.deregistrationDelaySeconds ?? 0,
        );
        if (svc) this.serviceEvent(svc, `deregistered 1 targets in (target-group ${r.targetGroupArn})`);
      }
      // DEACTIVATING lasts until the load balancer has finished draining the targets.
      const limit = Math.ceil(((longestDelay + 30) * 1000) / TIMINGS.drainPollMs);
      for (let i = 0; i < limit; i++) {
        const draining = t.registeredTargets.some(
          (r) => elbv2.targetState(r.targetGroupArn, t.ip, r.port)?.state === 'draining',
        );
        if (!draining) break;
        await this.sleep(TIMINGS.drainPollMs);
      }
      t.registeredTargets = [];
    }
    if (this.stopped) return;
    t.lastStatus = 'STOPPING';
    this.recordTask(t);
    const live = this.live.get(t.arn);
    if (live?.inRuntime) {
      await live.startPromise;
      if (live.inRuntime) {
        const { exitCodes } = await this.world.runtime.stopTask(t.arn);
        for (const c of t.containers) {
          if (c.exitCode === undefined && exitCodes[c.name] !== undefined && exitCodes[c.name] !== null)
            c.exitCode = exitCodes[c.name]!;
          c.lastStatus = 'STOPPED';
        }
      }
    }
    for (const c of t.containers) c.lastStatus = 'STOPPED';
    t.executionStoppedAt = this.world.clock.nowMs();
    if (this.stopped) return;
    t.lastStatus = 'DEPROVISIONING';
    t.attachmentStatus = 'DETACHING';
    this.recordTask(t);
    await this.sleep(TIMINGS.deprovisioningMs);
    this.finishStop(t);
  }

  private finishStop(t: TaskRecord): void {
    t.lastStatus = 'STOPPED';
    t.attachmentStatus = 'DELETED';
    t.stoppedAt = this.world.clock.nowMs();
    for (const c of t.containers) c.lastStatus = 'STOPPED';
    if (t.ip) this.world.runtime.releaseAddress(t.ip);
    this.live.delete(t.arn);
    this.recordTask(t);
    const svc = this.serviceOf(t);
    if (svc) this.queueReconcile(svc);
  }

  // Snapshot / restore / stop
  snapshot(): EcsSnapshot {
    return structuredClone({
      clusters: [...this.clusters.values()],
      taskDefinitions: [...this.taskDefinitions.values()].flat(),
      services: [...this.services.values()],
      tasks: [...this.tasks.values()],
    });
  }

  /**
   * Restores the control plane. Running tasks did not survive (their containers belonged to the
   * previous process), so they are recorded as stopped and the scheduler starts new ones for the
   * desired counts.
   */
  restore(data: unknown): void {
    const snap = data as Partial<EcsSnapshot> | undefined;
    this.clusters.clear();
    this.taskDefinitions.clear();
    this.services.clear();
    this.tasks.clear();
    if (!snap) return;
    for (const c of snap.clusters ?? []) this.clusters.set(c.name, c);
    for (const td of snap.taskDefinitions ?? []) {
      const list = this.taskDefinitions.get(td.family) ?? [];
      list[td.revision - 1] = td;
      this.taskDefinitions.set(td.family, list);
    }
    for (const s of snap.services ?? []) this.services.set(`${s.clusterName}/${s.name}`, s);
    const now = this.world.clock.nowMs();
    for (const t of snap.tasks ?? []) {
      if (t.lastStatus !== 'STOPPED') {
        t.desiredStatus = 'STOPPED';
        t.lastStatus = 'STOPPED';
        t.stoppedAt = t.stoppingAt = t.executionStoppedAt = now;
        t.stoppedReason ??= 'The emulator restarted; the task did not survive it.';
        t.stopCode ??= 'ServiceSchedulerInitiated';
        t.attachmentStatus = 'DELETED';
        t.registeredTargets = [];
        for (const c of t.containers) c.lastStatus = 'STOPPED';
      }
      this.tasks.set(t.arn, t);
    }
    for (const s of this.services.values()) {
      s.steady = false;
      if (s.status !== 'INACTIVE') this.queueReconcile(s);
    }
  }

  stop(): void {
    this.stopped = true;
    for (const cancel of this.timers) cancel();
    this.timers.clear();
    this.queued.clear();
  }
}

function isPending(s: TaskStatus): boolean {
  return s === 'PROVISIONING' || s === 'PENDING' || s === 'ACTIVATING';
}

function drainReason(primary: DeploymentRecord | undefined): string {
  return primary ? `Scaling activity initiated by (deployment ${primary.id})` : 'Service deleted';
}
