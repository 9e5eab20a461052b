import type { DeploymentObservation, ServiceEventView } from './model';
import { taskFailure } from './assess';

/**
 * The watch log prints one line per change, not one per poll: each observation is reduced to a
 * map of keyed status lines, and only the keys whose line differs from the previous poll are printed.
 */
export type StatusLines = Map<string, string>;

export function statusLines(obs: DeploymentObservation, containerPort?: number): StatusLines {
  const lines: StatusLines = new Map();
  const ours = obs.service?.deployments.find((d) => d.id === obs.deploymentId);
  if (ours) {
    lines.set(
      `deployment:${ours.id}`,
      `deployment ${ours.id}: ${ours.status} ${ours.rolloutState ?? ''} running ${ours.runningCount}/${ours.desiredCount}, pending ${ours.pendingCount}${ours.failedTasks ? `, failed ${ours.failedTasks}` : ''}`.replace(
        /\s+/g,
        ' ',
      ),
    );
  }
  for (const d of obs.service?.deployments ?? []) {
    if (d.id === obs.deploymentId) continue;
    lines.set(
      `other:${d.id}`,
      `other deployment ${d.id} (${d.taskDefinition.split('/').pop()}): ${d.status} ${d.rolloutState ?? ''} running ${d.runningCount}/${d.desiredCount}`
        .replace(/\s+/g, ' ')
        .trim(),
    );
  }
  for (const t of obs.tasks) {
    const failure = taskFailure(t);
    const where = t.ip ? ` ${t.ip}` : '';
    // Only a task on its way down says where it is going; one starting up reads as its state.
    const state =
      t.desiredStatus === 'STOPPED' && t.lastStatus !== 'STOPPED'
        ? `${t.lastStatus} (stopping)`
        : t.lastStatus;
    const why =
      t.lastStatus === 'STOPPED' || t.desiredStatus === 'STOPPED' ? (failure ?? t.stoppedReason) : undefined;
    lines.set(`task:${t.id}`, `task ${t.id.slice(0, 12)}${where}: ${state}${why ? ` (${why})` : ''}`);
  }
  const ips = new Set(obs.tasks.map((t) => t.ip).filter(Boolean));
  for (const x of obs.targets ?? []) {
    if (!ips.has(x.id)) continue;
    if (containerPort !== undefined && x.port !== undefined && x.port !== containerPort) continue;
    lines.set(
      `target:${x.id}:${x.port ?? ''}`,
      `target ${x.id}${x.port ? `:${x.port}` : ''}: ${x.state}${x.reason ? ` (${x.reason})` : ''}`,
    );
  }
  return lines;
}

/** The lines that are new or different since the previous observation, in a stable order. */
export function changedLines(previous: StatusLines | undefined, next: StatusLines): string[] {
  const out: string[] = [];
  for (const [key, line] of next) if (previous?.get(key) !== line) out.push(line);
  return out;
}

/** Service events not printed yet and not older than the deploy, oldest first (ECS lists newest first). */
export function newEvents(events: ServiceEventView[], seen: Set<string>, since: number): ServiceEventView[] {
  const fresh = events.filter((e) => !seen.has(e.id) && e.at >= since);
  return fresh.sort((a, b) => a.at - b.at);
}
