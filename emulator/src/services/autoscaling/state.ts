import { randomUUID } from 'crypto';
import type { World } from '../../core/world';
import type { AutoScalingContract } from '../../core/contracts';
import { ownState } from '../../core/own-state';

/**
 * Application Auto Scaling for ECS services: scalable targets, scaling policies, the activity history
 * and a target-tracking evaluator that runs every emulated minute (AWS's metric period for these alarms).
 */

export const EVALUATION_PERIOD_MS = 60_000;
export const DEFAULT_COOLDOWN_SECONDS = 300;

export interface ScalableTargetRecord {
  arn: string;
  serviceNamespace: string;
  resourceId: string;
  scalableDimension: string;
  minCapacity: number;
  maxCapacity: number;
  roleArn: string;
  createdAt: string;
  suspended: {
    DynamicScalingInSuspended: boolean;
    DynamicScalingOutSuspended: boolean;
    ScheduledScalingSuspended: boolean;
  };
  /** Wall-clock ms of the last scale-out / scale-in, for cooldowns (emulated durations are these times the time scale). */
  lastScaleOutAt?: number;
  lastScaleInAt?: number;
}

export interface TargetTrackingConfig {
  TargetValue: number;
  PredefinedMetricSpecification?: { PredefinedMetricType: string; ResourceLabel?: string };
  CustomizedMetricSpecification?: Record<string, unknown>;
  ScaleOutCooldown?: number;
  ScaleInCooldown?: number;
  DisableScaleIn?: boolean;
}

export interface ScalingPolicyRecord {
  arn: string;
  name: string;
  serviceNamespace: string;
  resourceId: string;
  scalableDimension: string;
  policyType: 'TargetTrackingScaling' | 'StepScaling';
  targetTracking?: TargetTrackingConfig;
  stepScaling?: Record<string, unknown>;
  alarms: { AlarmName: string; AlarmARN: string }[];
  createdAt: string;
}

export interface ScalingActivityRecord {
  ActivityId: string;
  ServiceNamespace: string;
  ResourceId: string;
  ScalableDimension: string;
  Description: string;
  Cause: string;
  StartTime: string;
  EndTime: string;
  StatusCode: 'Successful' | 'Failed';
  StatusMessage: string;
}

export const targetKey = (ns: string, resourceId: string, dimension: string): string =>
  `${ns}|${resourceId}|${dimension}`;

/** `service/<cluster>/<service>` -> its parts, or undefined when the id has another shape. */
export function ecsServiceOf(resourceId: string): { cluster: string; service: string } | undefined {
  const m = /^service\/([^/]+)\/([^/]+)$/.exec(resourceId);
  return m ? { cluster: m[1], service: m[2] } : undefined;
}

const own = ownState<AutoScalingState>('Application Auto Scaling');

export class AutoScalingState implements AutoScalingContract {
  /** This world's Application Auto Scaling state, as the service's own operations need it. */
  static of(world: World): AutoScalingState {
    return own.of(world);
  }

  readonly targets = new Map<string, ScalableTargetRecord>();
  readonly policies = new Map<string, ScalingPolicyRecord>(); // by ARN
  readonly activities: ScalingActivityRecord[] = [];
  readonly tags = new Map<string, Record<string, string>>();
  private cancelEvaluation?: () => void;
  private stopped = false;

  constructor(readonly world: World) {
    own.register(world, this);
  }

  arnPrefix(service: 'application-autoscaling' | 'autoscaling'): string {
    return `arn:aws:${service}:${this.world.region}:${this.world.accountId}`;
  }

  policiesOf(target: ScalableTargetRecord): ScalingPolicyRecord[] {
    return [...this.policies.values()].filter(
      (p) =>
        p.serviceNamespace === target.serviceNamespace &&
        p.resourceId === target.resourceId &&
        p.scalableDimension === target.scalableDimension,
    );
  }

  /** Sets the ECS service's desired count and records the activity, as AWS does after each scaling decision. */
  scale(target: ScalableTargetRecord, desired: number, cause: string): void {
    const svc = ecsServiceOf(target.resourceId);
    if (!svc) return;
    const before = this.world.ecs.getService(svc.cluster, svc.service)?.desiredCount;
    this.world.ecs.setDesiredCount(svc.cluster, svc.service, desired, cause);
    const now = this.world.clock.now();
    if (before !== undefined && desired > before) target.lastScaleOutAt = now.getTime();
    if (before !== undefined && desired < before) target.lastScaleInAt = now.getTime();
    const activity: ScalingActivityRecord = {
      ActivityId: randomUUID(),
      ServiceNamespace: target.serviceNamespace,
      ResourceId: target.resourceId,
      ScalableDimension: target.scalableDimension,
      Description: `Setting desired count to ${desired}.`,
      Cause: cause,
      StartTime: now.toISOString(),
      EndTime: now.toISOString(),
      StatusCode: 'Successful',
      StatusMessage: `Successfully set desired count to ${desired}. Change successfully fulfilled by ecs.`,
    };
    this.activities.unshift(activity);
    if (this.activities.length > 1000) this.activities.length = 1000;
    this.world.record('scaling', target.resourceId, { from: before, to: desired, cause });
  }

  /** Keeps the evaluator running while any target-tracking policy exists. */
  ensureEvaluator(): void {
    if (this.stopped || this.cancelEvaluation) return;
    if (![...this.policies.values()].some((p) => p.policyType === 'TargetTrackingScaling')) return;
    this.cancelEvaluation = this.world.clock.schedule(EVALUATION_PERIOD_MS, () => {
      this.cancelEvaluation = undefined;
      void this.evaluate()
        .catch(() => undefined)
        .finally(() => this.ensureEvaluator());
    });
  }

  /** Emulated milliseconds since a wall-clock instant. */
  private emulatedSince(at: number | undefined): number {
    return at === undefined ? Infinity : (this.world.clock.now().getTime() - at) * this.world.clock.timeScale;
  }

  /**
   * One target-tracking round: each policy proposes ceil(current * metric / target); the largest
   * proposal wins (AWS scales out if any policy asks, in only if all do), clamped to min..max.
   * Scale-out waits for the scale-out cooldown since the last scale-out; scale-in waits for the
   * scale-in cooldown since the last scaling of either direction.
   */
  async evaluate(): Promise<void> {
    for (const target of [...this.targets.values()]) {
      const svc = ecsServiceOf(target.resourceId);
      const policies = this.policiesOf(target).filter(
        (p) => p.policyType === 'TargetTrackingScaling' && p.targetTracking?.PredefinedMetricSpecification,
      );
      if (!svc || policies.length === 0) continue;
      const service = this.world.ecs.getService(svc.cluster, svc.service);
      if (!service || service.status !== 'ACTIVE' || service.desiredCount === 0) continue;
      const current = service.desiredCount;
      let best: { desired: number; policy: ScalingPolicyRecord; metric: number } | undefined;
      for (const policy of policies) {
        const tt = policy.targetTracking!;
        const metric = await this.metric(tt.PredefinedMetricSpecification!, svc.cluster, svc.service);
        if (metric === undefined) continue;
        let desired = Math.ceil((current * metric) / tt.TargetValue);
        if (tt.DisableScaleIn) desired = Math.max(desired, current);
        if (!best || desired > best.desired) best = { desired, policy, metric };
      }
      if (
        !best ||
        this.targets.get(targetKey(target.serviceNamespace, target.resourceId, target.scalableDimension)) !==
          target
      )
        continue;
      const desired = Math.min(target.maxCapacity, Math.max(target.minCapacity, best.desired));
      const tt = best.policy.targetTracking!;
      const alarm = (kind: 'High' | 'Low') =>
        best!.policy.alarms.find((a) => a.AlarmName.includes(`-Alarm${kind}-`))?.AlarmName ??
        best!.policy.name;
      if (desired > current) {
        if (target.suspended.DynamicScalingOutSuspended) continue;
        if (
          this.emulatedSince(target.lastScaleOutAt) <
          (tt.ScaleOutCooldown ?? DEFAULT_COOLDOWN_SECONDS) * 1000
        )
          continue;
        this.scale(
          target,
          desired,
          `monitor alarm ${alarm('High')} in state ALARM triggered policy ${best.policy.name}`,
        );
      } else if (desired < current) {
        if (target.suspended.DynamicScalingInSuspended) continue;
        const cooldownMs = (tt.ScaleInCooldown ?? DEFAULT_COOLDOWN_SECONDS) * 1000;
        if (
          this.emulatedSince(target.lastScaleInAt) < cooldownMs ||
          this.emulatedSince(target.lastScaleOutAt) < cooldownMs
        )
          continue;
        this.scale(
          target,
          desired,
          `monitor alarm ${alarm('Low')} in state ALARM triggered policy ${best.policy.name}`,
        );
      }
    }
  }

  /** The policy's metric for the service now, or undefined when there is no data (no running task reports usage). */
  private async metric(
    spec: { PredefinedMetricType: string; ResourceLabel?: string },
    cluster: string,
    service: string,
  ): Promise<number | undefined> {
    const tasks = this.world.ecs.serviceTaskArns(cluster, service);
    if (spec.PredefinedMetricType === 'ALBRequestCountPerTarget') {
      const tgArn = spec.ResourceLabel ? this.targetGroupArnOf(spec.ResourceLabel) : undefined;
      if (!tgArn || tasks.length === 0) return undefined;
      return this.world.elbv2.takeRequestCount(tgArn) / tasks.length;
    }
    const field =
      spec.PredefinedMetricType === 'ECSServiceAverageMemoryUtilization' ? 'memoryPercent' : 'cpuPercent';
    const samples: number[] = [];
    for (const taskArn of tasks) {
      const usage = await this.world.runtime.usage(taskArn).catch(() => undefined);
      if (usage) samples.push(usage[field]);
    }
    return samples.length ? samples.reduce((a, b) => a + b, 0) / samples.length : undefined;
  }

  /** 'app/<lb-name>/<lb-id>/targetgroup/<tg-name>/<tg-id>' -> the target group's ARN, when both exist and are linked. */
  targetGroupArnOf(resourceLabel: string): string | undefined {
    return this.world.elbv2.targetGroupArnOfLabel(resourceLabel);
  }

  snapshot(): unknown {
    return {
      targets: [...this.targets.values()],
      policies: [...this.policies.values()],
      activities: this.activities,
      tags: [...this.tags],
    };
  }

  restore(data: unknown): void {
    this.stop();
    this.stopped = false;
    const d = (data ?? {}) as {
      targets?: ScalableTargetRecord[];
      policies?: ScalingPolicyRecord[];
      activities?: ScalingActivityRecord[];
      tags?: [string, Record<string, string>][];
    };
    this.targets.clear();
    this.policies.clear();
    this.tags.clear();
    this.activities.length = 0;
    for (const t of d.targets ?? [])
      this.targets.set(targetKey(t.serviceNamespace, t.resourceId, t.scalableDimension), t);
    for (const p of d.policies ?? []) this.policies.set(p.arn, p);
    this.activities.push(...(d.activities ?? []));
    for (const [arn, tags] of d.tags ?? []) this.tags.set(arn, tags);
    this.ensureEvaluator();
  }

  stop(): void {
    this.stopped = true;
    this.cancelEvaluation?.();
    this.cancelEvaluation = undefined;
  }
}
