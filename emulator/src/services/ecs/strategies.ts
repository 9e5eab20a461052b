import type { World } from '../../core/world';
import type {
  DeploymentConfig,
  DeploymentRecord,
  LoadBalancerRef,
  ServiceDeploymentRecord,
  ServiceRecord,
  TaskRecord,
} from './model';

/**
 * ECS's blue/green, canary and linear deployments: the green revision is scaled up beside the blue
 * one in the alternate target group, then the listener rules' forward weights move test and
 * production traffic to it, stage by stage (the service deployment's lifecycleStage), and after the
 * bake time the blue tasks are stopped. The scheduler (state.ts) places and stops the tasks; this
 * module only walks the stages and rewrites the weights.
 */

/** Emulated duration of a lifecycle stage that has no hook and nothing to wait for. */
export const STAGE_MS = 1000;
/** How often SCALE_UP and CLEAN_UP look at the tasks, and how many times at most (one emulated hour). */
const POLL_MS = 1000;
const MAX_POLLS = 3600;

export const CANARY_DEFAULTS = { canaryPercent: 5, canaryBakeTimeInMinutes: 10 };
export const LINEAR_DEFAULTS = { stepPercent: 10, stepBakeTimeInMinutes: 6 };

/** What the stage walker needs from the scheduler. */
export interface ShiftHost {
  readonly world: World;
  sleep(emulatedMs: number): Promise<void>;
  tasksOf(svc: ServiceRecord): TaskRecord[];
  isHealthy(t: TaskRecord): boolean;
  queueReconcile(svc: ServiceRecord, delayMs?: number): void;
}

/** The production traffic percentages of the green revision, step by step, and the bake after each but the last. */
export function productionSteps(cfg: DeploymentConfig): { percent: number; bakeMs: number }[] {
  if (cfg.strategy === 'CANARY') {
    const c = cfg.canaryConfiguration ?? CANARY_DEFAULTS;
    return [
      { percent: c.canaryPercent, bakeMs: c.canaryBakeTimeInMinutes * 60_000 },
      { percent: 100, bakeMs: 0 },
    ];
  }
  if (cfg.strategy === 'LINEAR') {
    const l = cfg.linearConfiguration ?? LINEAR_DEFAULTS;
    const steps: { percent: number; bakeMs: number }[] = [];
    for (let p = l.stepPercent; p < 100 && steps.length < 1000; p = Math.round((p + l.stepPercent) * 10) / 10)
      steps.push({ percent: p, bakeMs: l.stepBakeTimeInMinutes * 60_000 });
    return [...steps, { percent: 100, bakeMs: 0 }];
  }
  return [{ percent: 100, bakeMs: 0 }];
}

/** ELB weights for a split (0-999 each): whole percents as they are, tenths of a percent in a total of 1000. */
export function weightsFor(percent: number): { green: number; blue: number } {
  if (Number.isInteger(percent)) return { green: percent, blue: 100 - percent };
  const green = Math.round(percent * 10);
  return { green, blue: 1000 - green };
}

/**
 * The green deployment's load balancers: each in the target group the blue deployment is not in, so
 * the two target groups swap roles from one deployment to the next.
 */
export function greenLoadBalancers(svc: ServiceRecord, blue: DeploymentRecord): LoadBalancerRef[] {
  return svc.loadBalancers.map((lb, i) => {
    const adv = lb.advancedConfiguration;
    if (!adv) return structuredClone(lb);
    const production = blue.loadBalancers[i]?.targetGroupArn ?? lb.targetGroupArn;
    const green = production === lb.targetGroupArn ? adv.alternateTargetGroupArn : lb.targetGroupArn;
    return { ...structuredClone(lb), targetGroupArn: green };
  });
}

/**
 * Sets a rule's weights between the blue and the green target group of every load balancer, and
 * the share green's service revision reports (requestedProductionTrafficWeight, ...TestTrafficWeight).
 */
export function shiftTraffic(
  world: World,
  blue: DeploymentRecord,
  green: DeploymentRecord,
  rule: 'productionListenerRule' | 'testListenerRule',
  percent: number,
): void {
  if (green.shift)
    green.shift[rule === 'productionListenerRule' ? 'productionPercent' : 'testPercent'] = percent;
  const w = weightsFor(percent);
  green.loadBalancers.forEach((lb, i) => {
    const arn = lb.advancedConfiguration?.[rule];
    const blueTg = blue.loadBalancers[i]?.targetGroupArn;
    if (!arn || !blueTg || blueTg === lb.targetGroupArn) return;
    world.elbv2?.setForwardWeights(arn, [
      { targetGroupArn: blueTg, weight: w.blue },
      { targetGroupArn: lb.targetGroupArn, weight: w.green },
    ]);
  });
}

/**
 * Walks a shifting deployment through its lifecycle stages. Returns early as soon as the deployment
 * is no longer the one in progress (failed, stopped, rolled back or replaced). CLEAN_UP lets the
 * scheduler stop the blue tasks and complete the deployment once they are gone.
 */
export async function runShift(
  host: ShiftHost,
  svc: ServiceRecord,
  d: DeploymentRecord,
  sd: ServiceDeploymentRecord,
  blue: DeploymentRecord,
): Promise<void> {
  const shift = d.shift!;
  const going = () =>
    d.status === 'PRIMARY' && d.rolloutState === 'IN_PROGRESS' && sd.status === 'IN_PROGRESS';
  const enter = (stage: string) => {
    shift.stage = stage;
    sd.lifecycleStage = stage;
    sd.updatedAt = host.world.clock.nowMs();
    host.world.record('deployment-stage', svc.arn, { deploymentId: d.id, stage });
  };
  const stage = async (name: string, ms = STAGE_MS): Promise<boolean> => {
    if (!going()) return false;
    enter(name);
    await host.sleep(ms);
    return going();
  };
  const greenReady = () =>
    host.tasksOf(svc).filter((t) => t.deploymentId === d.id && host.isHealthy(t)).length >= svc.desiredCount;

  if (sd.sourceRevisionArns.length > 1 && !(await stage('RECONCILE_SERVICE'))) return;
  if (!(await stage('PRE_SCALE_UP'))) return;
  enter('SCALE_UP');
  host.queueReconcile(svc, 0);
  for (let i = 0; i < MAX_POLLS && going() && !greenReady(); i++) await host.sleep(POLL_MS);
  if (!going() || !greenReady()) return;
  if (!(await stage('POST_SCALE_UP'))) return;
  enter('TEST_TRAFFIC_SHIFT');
  shiftTraffic(host.world, blue, d, 'testListenerRule', 100);
  if (!(await stage('TEST_TRAFFIC_SHIFT'))) return;
  if (!(await stage('POST_TEST_TRAFFIC_SHIFT'))) return;
  enter('PRODUCTION_TRAFFIC_SHIFT');
  for (const step of productionSteps(sd.deploymentConfiguration)) {
    shiftTraffic(host.world, blue, d, 'productionListenerRule', step.percent);
    host.world.record('traffic-shift', svc.arn, { deploymentId: d.id, percent: step.percent });
    if (!(await stage('PRODUCTION_TRAFFIC_SHIFT', step.bakeMs || STAGE_MS))) return;
  }
  if (!(await stage('POST_PRODUCTION_TRAFFIC_SHIFT'))) return;
  if (!(await stage('BAKE_TIME', (sd.deploymentConfiguration.bakeTimeInMinutes ?? 0) * 60_000 || STAGE_MS)))
    return;
  enter('CLEAN_UP');
  host.queueReconcile(svc, 0);
}

/** Traffic back to blue at once: the rollback of a shifting deployment. */
export function shiftBack(world: World, blue: DeploymentRecord, green: DeploymentRecord): void {
  shiftTraffic(world, blue, green, 'productionListenerRule', 0);
  shiftTraffic(world, blue, green, 'testListenerRule', 0);
}
