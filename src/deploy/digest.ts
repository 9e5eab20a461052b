import type { DeploymentObservation, TargetView, TaskView } from './model';
import { taskFailure } from './assess';
import { maskedNote } from '../util/mask';
import { SmokeResult, smokeLines } from './smoke';

/**
 * Everything a person needs to see why a deployment failed, gathered once at failure time: the
 * answer to "why did it fail?" that other deploy tools leave to be dug out of the console.
 */
export interface FailureDigest {
  deploymentId: string;
  taskDefinitionArn: string;
  reasons: string[];
  stoppedTasks: StoppedTaskDigest[];
  targets: TargetView[];
  /** Service events since the deploy started, oldest first. */
  events: string[];
  logs?: LogExcerpt;
  /** smoke-test-path: the requests made through the test rule and what came back. */
  smokeTest?: SmokeResult;
  /** The error alarm that went into ALARM: its threshold and the values that tripped it. */
  alarm?: AlarmDigest;
}

export interface AlarmDigest {
  name: string;
  /** e.g. "5xx rate > 5% over 1 minute(s), at least 20 requests" */
  threshold: string;
  /** CloudWatch's StateReason, and the values of StateReasonData when it has them. */
  reason?: string;
  values?: string;
  updatedAt?: number;
}

export interface StoppedTaskDigest {
  taskId: string;
  stopCode?: string;
  stoppedReason?: string;
  failure?: string;
  containers: { name: string; exitCode?: number; reason?: string }[];
}

export interface LogExcerpt {
  taskId: string;
  group: string;
  stream: string;
  lines: string[];
  /** Why the lines could not be read, when they could not. */
  error?: string;
  /** How many of the lines held a registered secret (replaced by ***). */
  masked?: number;
}

export interface DigestInput {
  observation: DeploymentObservation | undefined;
  deploymentId: string;
  taskDefinitionArn: string;
  reasons: string[];
  since: number;
  logs?: LogExcerpt;
  maxEvents?: number;
}

function stoppedDigest(t: TaskView): StoppedTaskDigest {
  return {
    taskId: t.id,
    stopCode: t.stopCode,
    stoppedReason: t.stoppedReason,
    failure: taskFailure(t),
    containers: t.containers.map((c) => ({ name: c.name, exitCode: c.exitCode, reason: c.reason })),
  };
}

export function buildDigest(input: DigestInput): FailureDigest {
  const obs = input.observation;
  const tasks = obs?.tasks ?? [];
  const stopped = tasks.filter((t) => t.lastStatus === 'STOPPED' || t.desiredStatus === 'STOPPED');
  // Failed tasks first: they carry the exit codes and reasons.
  stopped.sort((a, b) => Number(taskFailure(b) !== undefined) - Number(taskFailure(a) !== undefined));
  const ips = new Set(tasks.map((t) => t.ip).filter(Boolean));
  const targets = (obs?.targets ?? []).filter((x) => ips.has(x.id));
  const events = (obs?.service?.events ?? [])
    .filter((e) => e.at >= input.since)
    .sort((a, b) => a.at - b.at)
    .slice(-(input.maxEvents ?? 15))
    .map((e) => `${new Date(e.at).toISOString().slice(11, 19)} ${e.message}`);
  return {
    deploymentId: input.deploymentId,
    taskDefinitionArn: input.taskDefinitionArn,
    reasons: input.reasons,
    stoppedTasks: stopped.slice(0, 10).map(stoppedDigest),
    targets,
    events,
    logs: input.logs,
  };
}

/**
 * The values of CloudWatch's StateReasonData (JSON: recentDatapoints, threshold), as one line; undefined
 * when it holds none.
 */
export function alarmValues(reasonData: string | undefined): string | undefined {
  if (!reasonData) return undefined;
  try {
    const data = JSON.parse(reasonData) as { recentDatapoints?: unknown[]; threshold?: unknown };
    const points = (data.recentDatapoints ?? []).filter((p) => typeof p === 'number') as number[];
    if (points.length === 0) return undefined;
    const round = (n: number) => String(Math.round(n * 100) / 100);
    return `recent datapoints ${points.map(round).join(', ')}${typeof data.threshold === 'number' ? ` against a threshold of ${round(data.threshold)}` : ''}`;
  } catch {
    return undefined;
  }
}

/** The task whose logs are most telling: the latest failed one, else the latest stopped one. */
export function taskForLogs(obs: DeploymentObservation | undefined): TaskView | undefined {
  const stopped = (obs?.tasks ?? []).filter(
    (t) => t.lastStatus === 'STOPPED' || t.desiredStatus === 'STOPPED',
  );
  const byLatest = (a: TaskView, b: TaskView) => (b.stoppedAt ?? 0) - (a.stoppedAt ?? 0);
  const failed = stopped.filter((t) => taskFailure(t) !== undefined).sort(byLatest);
  if (failed.length > 0) return failed[0];
  if (stopped.length > 0) return stopped.sort(byLatest)[0];
  // A deadline failure may have no stopped task: the logs of a running but unhealthy one still help.
  return obs?.tasks[0];
}

/** The digest as plain log lines (the job summary renders it as markdown in src/report). */
export function digestLines(d: FailureDigest): string[] {
  const out: string[] = [];
  out.push(`Deployment ${d.deploymentId} of ${d.taskDefinitionArn.split('/').pop()} failed:`);
  for (const r of d.reasons) out.push(`  - ${r}`);
  if (d.alarm) {
    out.push(`Alarm ${d.alarm.name} (${d.alarm.threshold}):`);
    if (d.alarm.reason) out.push(`  ${d.alarm.reason}`);
    if (d.alarm.values) out.push(`  values: ${d.alarm.values}`);
  }
  if (d.smokeTest) out.push(...smokeLines(d.smokeTest));
  if (d.stoppedTasks.length > 0) {
    out.push('Stopped tasks:');
    for (const t of d.stoppedTasks) {
      out.push(`  ${t.taskId}: ${t.stoppedReason ?? '(no reason)'}${t.stopCode ? ` [${t.stopCode}]` : ''}`);
      for (const c of t.containers) {
        if (c.exitCode !== undefined || c.reason) {
          out.push(
            `    container ${c.name}: exit code ${c.exitCode ?? '-'}${c.reason ? `, ${c.reason}` : ''}`,
          );
        }
      }
    }
  }
  if (d.targets.length > 0) {
    out.push('Target health of the new tasks:');
    for (const x of d.targets) {
      out.push(
        `  ${x.id}${x.port ? `:${x.port}` : ''}: ${x.state}${x.reason ? ` ${x.reason}` : ''}${x.description ? ` (${x.description})` : ''}`,
      );
    }
  }
  if (d.events.length > 0) {
    out.push('Service events:');
    for (const e of d.events) out.push(`  ${e}`);
  }
  if (d.logs) {
    const masked = d.logs.masked ? `, ${maskedNote(d.logs.masked)}` : '';
    out.push(`Last log lines of task ${d.logs.taskId} (${d.logs.group} ${d.logs.stream}${masked}):`);
    if (d.logs.error) out.push(`  (could not read: ${d.logs.error})`);
    else if (d.logs.lines.length === 0) out.push('  (no log lines)');
    for (const l of d.logs.lines) out.push(`  | ${l}`);
  }
  return out;
}
