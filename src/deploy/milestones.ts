import type { DeploymentObservation } from './model';

/**
 * When a deployment reached each step, as the watch saw it (epoch ms), for the job summary's chart.
 * A task's start is ECS's own timestamp; the others are the time of the first observation that
 * showed them, so they are at most one poll late.
 */
export interface Milestones {
  /** The first task of the deployment reached RUNNING (ECS's startedAt). */
  firstTaskStarted?: number;
  /** As many tasks of the deployment RUNNING as it wants. */
  tasksRunning?: number;
  /** Every running task of the deployment healthy in the target group. */
  targetsHealthy?: number;
  /** Those targets healthy and no other target of the group still taking requests. */
  trafficMoved?: number;
}

/**
 * Adds what one observation shows to what earlier ones showed; a milestone keeps its first time.
 * Pure, so the watch calls it once per poll and its tests need no AWS client.
 */
export function noteMilestones(
  m: Milestones,
  obs: DeploymentObservation,
  containerPort?: number,
): Milestones {
  const ours = obs.service?.deployments.find((d) => d.id === obs.deploymentId);
  const running = obs.tasks.filter((t) => t.lastStatus === 'RUNNING' && t.desiredStatus === 'RUNNING');
  const next: Milestones = { ...m };
  const starts = obs.tasks.flatMap((t) => (t.startedAt === undefined ? [] : [t.startedAt]));
  if (starts.length > 0) next.firstTaskStarted = Math.min(m.firstTaskStarted ?? Infinity, ...starts);
  const allRunning = ours !== undefined && ours.desiredCount > 0 && running.length >= ours.desiredCount;
  if (allRunning) next.tasksRunning ??= obs.at;
  if (!allRunning || !obs.targets) return next;
  const mine = obs.targets.filter(
    (x) =>
      running.some((t) => t.ip === x.id) &&
      (containerPort === undefined || x.port === undefined || x.port === containerPort),
  );
  const healthy = mine.length >= running.length && mine.every((x) => x.state === 'healthy');
  if (!healthy) return next;
  next.targetsHealthy ??= obs.at;
  const othersServing = obs.targets.some(
    (x) => !mine.includes(x) && (x.state === 'healthy' || x.state === 'initial'),
  );
  if (!othersServing) next.trafficMoved ??= obs.at;
  return next;
}
