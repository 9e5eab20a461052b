/**
 * The scenario the benchmarks share: a one-task service behind the load balancer, first deployed by
 * the action at revision 1, then moved to revision 2, with what happened read back from the
 * emulator's call log and timeline.
 */
import { DescribeServicesCommand, ECSClient } from '@aws-sdk/client-ecs';
import { eventually } from '../../scripts/lib/eventually';
import { doneLine, runActionStamped, StampedRun, tail } from './action';
import {
  AdminApi,
  adminApi,
  BenchEmulator,
  CallRecord,
  ecrImage,
  sdkClientConfig,
  startBenchEmulator,
  TargetGroupSettings,
  targetGroupInputs,
  TimelineEvent,
} from './emulator';

export const CLUSTER = 'bench';
export const SERVICE = 'hello';
export const REPOSITORY = 'hello';

/** Per run of the action: far above anything a healthy scenario needs at the time scales used. */
const ACTION_TIMEOUT_MS = 120_000;

export interface Stage {
  emu: BenchEmulator;
  api: AdminApi;
  timeScale: number;
  tg: TargetGroupSettings;
  inputs: Record<string, string>;
}

export function actionInputs(tg: TargetGroupSettings): Record<string, string> {
  return {
    cluster: CLUSTER,
    service: SERVICE,
    'container-port': '3000',
    'wait-for-minutes': '30',
    // These benches time the watch against health evidence (and the waiter). With the error alarm
    // (rollback-on-errors, on by default) a rolling deploy is done only when ECS completes its alarm
    // bake after the old targets drained (docs/deploying.md); bench/strategies.ts covers the alarm.
    'rollback-on-errors': 'false',
    ...targetGroupInputs(tg),
  };
}

/** A fresh emulator with images v1..v3 declared in ECR. */
export async function openStage(timeScale: number, tg: TargetGroupSettings): Promise<Stage> {
  const emu = await startBenchEmulator(timeScale);
  const api = adminApi(emu.url);
  for (const tag of ['v1', 'v2', 'v3']) await api.declareImage(REPOSITORY, tag);
  return { emu, api, timeScale, tg, inputs: actionInputs(tg) };
}

export function runAction(stage: Stage, extra: Record<string, string>): Promise<StampedRun> {
  return runActionStamped(
    { ...stage.inputs, ...extra },
    { endpoint: stage.emu.url, toolTimeScale: stage.timeScale, timeoutMs: ACTION_TIMEOUT_MS },
  );
}

export function requireSuccess(run: StampedRun, what: string): void {
  if (run.exitCode !== 0) throw new Error(`${what}: the action exited with ${run.exitCode}\n${tail(run)}`);
}

/**
 * Waits (bounded) until the service has one COMPLETED deployment and no target is draining, so that
 * every measured deploy starts from the same settled state.
 */
export async function settle(stage: Stage, limitMs = 60_000): Promise<void> {
  const ecs = new ECSClient(sdkClientConfig(stage.emu.url));
  const read = async () => {
    const svc = (await ecs.send(new DescribeServicesCommand({ cluster: CLUSTER, services: [SERVICE] })))
      .services?.[0];
    const single = svc?.deployments?.length === 1 && svc.deployments[0].rolloutState === 'COMPLETED';
    const health = await stage.api.timeline('target-health');
    const last = new Map<string, string>();
    for (const e of health) last.set(String(e.detail.target), String(e.detail.state));
    const draining = [...last.values()].some((s) => s === 'draining' || s === 'initial');
    return { single, draining };
  };
  await eventually(
    'the service settles (one COMPLETED deployment, no target draining)',
    read,
    (s) => s.single && !s.draining,
    {
      timeoutMs: limitMs,
      intervalMs: 100,
    },
  );
}

/** What the emulator saw of one deploy that began with an UpdateService at or after `sinceMs`. */
export interface DeployTimeline {
  updateAtMs: number;
  deploymentId?: string;
  /** The new task's target reached `healthy` in the target group. */
  newTargetHealthyAtMs?: number;
  /** A new task's target was first registered (its first state in the target group). */
  newTargetRegisteredAtMs?: number;
  /** A task of the new deployment was first told to stop (it crashed, or ECS stopped it). */
  newTaskStoppedAtMs?: number;
  /** The old task's target finished draining (gone from the target group). */
  oldTargetGoneAtMs?: number;
  /** ECS marked the new deployment's rollout COMPLETED. */
  rolloutCompletedAtMs?: number;
}

const ms = (iso: string) => Date.parse(iso);

export function readDeployTimeline(
  calls: CallRecord[],
  events: TimelineEvent[],
  sinceMs: number,
): DeployTimeline {
  const update = calls.find((c) => c.operation === 'UpdateService' && c.status < 300 && ms(c.at) >= sinceMs);
  if (!update) throw new Error('no successful UpdateService call in the call log');
  const updateAtMs = ms(update.at);
  const health = events.filter((e) => e.kind === 'target-health');
  const before = new Map<string, string>();
  for (const e of health.filter((e) => ms(e.at) < updateAtMs))
    before.set(String(e.detail.target), String(e.detail.state));
  const oldTargets = new Set([...before].filter(([, s]) => s === 'healthy').map(([t]) => t));
  const after = health.filter((e) => ms(e.at) >= updateAtMs);
  const newHealthy = after.find(
    (e) => e.detail.state === 'healthy' && !oldTargets.has(String(e.detail.target)),
  );
  const newRegistered = after.find((e) => !before.has(String(e.detail.target)));
  const oldGone = after.find((e) => oldTargets.has(String(e.detail.target)) && e.detail.state === 'unused');
  const created = events.find(
    (e) => e.kind === 'deployment' && e.detail.event === 'created' && ms(e.at) >= updateAtMs,
  );
  const deploymentId = created ? String(created.detail.deploymentId) : undefined;
  const completed = events.find(
    (e) =>
      e.kind === 'deployment' && e.detail.event === 'completed' && e.detail.deploymentId === deploymentId,
  );
  const newStopped = events.find(
    (e) =>
      e.kind === 'task-state' &&
      deploymentId !== undefined &&
      e.detail.deploymentId === deploymentId &&
      e.detail.desiredStatus === 'STOPPED',
  );
  return {
    updateAtMs,
    deploymentId,
    newTargetHealthyAtMs: newHealthy ? ms(newHealthy.at) : undefined,
    newTargetRegisteredAtMs: newRegistered ? ms(newRegistered.at) : undefined,
    newTaskStoppedAtMs: newStopped ? ms(newStopped.at) : undefined,
    oldTargetGoneAtMs: oldGone ? ms(oldGone.at) : undefined,
    rolloutCompletedAtMs: completed ? ms(completed.at) : undefined,
  };
}

export async function deployTimeline(stage: Stage, sinceMs: number): Promise<DeployTimeline> {
  return readDeployTimeline(await stage.api.calls(), await stage.api.timeline(), sinceMs);
}

/**
 * Waits (bounded) until ECS marks the deployment's rollout COMPLETED, for tools that say "done"
 * before it: the timeline then shows how much earlier they were. False when it does not within
 * `limitMs` (the timeline then has no completion, and the report shows none).
 */
export async function awaitRolloutCompleted(
  stage: Stage,
  deploymentId: string,
  limitMs = 60_000,
): Promise<boolean> {
  const completed = async () =>
    (await stage.api.timeline('deployment')).some(
      (e) => e.detail.event === 'completed' && e.detail.deploymentId === deploymentId,
    );
  return eventually(`deployment ${deploymentId} completes`, completed, Boolean, {
    timeoutMs: limitMs,
    intervalMs: 100,
  }).catch(() => false);
}

/** A first deploy (revision 1) by the action, ending healthy, then settled. */
export async function firstDeploy(stage: Stage): Promise<StampedRun> {
  const run = await runAction(stage, { image: ecrImage(REPOSITORY, 'v1') });
  requireSuccess(run, 'first deploy');
  await settle(stage);
  return run;
}

export { doneLine };

/**
 * One deploy as the emulator saw it, for `--trace`: every AWS call the tool made and every
 * target-health change, in emulated seconds from the UpdateService call, with the tool's "done".
 */
export async function traceDeploy(stage: Stage, t: DeployTimeline, doneAtMs: number): Promise<string> {
  const s = (atMs: number) =>
    `${(((atMs - t.updateAtMs) * stage.timeScale) / 1000).toFixed(1).padStart(7)} s`;
  const calls = (await stage.api.calls()).filter((c) => ms(c.at) >= t.updateAtMs && ms(c.at) <= doneAtMs);
  const health = (await stage.api.timeline('target-health')).filter(
    (e) => ms(e.at) >= t.updateAtMs && ms(e.at) <= doneAtMs,
  );
  const rows = [
    ...calls.map((c) => ({ at: ms(c.at), text: `call ${c.operation}` })),
    ...health.map((e) => ({
      at: ms(e.at),
      text: `target ${String(e.detail.target)} ${String(e.detail.state)}${e.detail.reason ? ` (${String(e.detail.reason)})` : ''}`,
    })),
    { at: doneAtMs, text: 'done (the tool said so)' },
  ];
  rows.sort((a, b) => a.at - b.at);
  return rows.map((r) => `    ${s(r.at)}  ${r.text}`).join('\n');
}
