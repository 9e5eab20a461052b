import type { TaskDefinition } from '@aws-sdk/client-ecs';
import { errorMessage } from '../util/errors';
import { lastLogLines } from '../aws/logs';
import type { PhaseContext } from '../deploy/context';
import {
  AlarmDigest,
  alarmValues,
  buildDigest,
  FailureDigest,
  LogExcerpt,
  taskForLogs,
} from '../deploy/digest';
import { describeAlarms } from '../aws/cloudwatch';
import type { StackResult } from '../infra/context';
import type { DeploymentObservation } from '../deploy/model';
import { awslogsStream } from './watch';

/** The last log lines of the most telling failed task, from the awslogs settings of its container. */
export async function failedTaskLogs(
  ctx: PhaseContext,
  obs: DeploymentObservation | undefined,
  taskDefinition: TaskDefinition | undefined,
  containerName: string,
): Promise<LogExcerpt | undefined> {
  const task = taskForLogs(obs);
  if (!task || !taskDefinition) return undefined;
  const container =
    taskDefinition.containerDefinitions?.find((c) => c.name === containerName) ??
    taskDefinition.containerDefinitions?.[0];
  const logConfig = container?.logConfiguration;
  if (!container?.name || logConfig?.logDriver !== 'awslogs') return undefined;
  const group = logConfig.options?.['awslogs-group'];
  const prefix = logConfig.options?.['awslogs-stream-prefix'];
  if (!group || !prefix) return undefined;
  const stream = awslogsStream(prefix, container.name, task.arn);
  try {
    const read = await lastLogLines(ctx.clients.logs, group, stream, 20);
    // A task's log may print a secret; the digest goes to the summary and the pull request comment.
    const { lines, masked } = ctx.secrets?.maskLines(read) ?? { lines: read, masked: 0 };
    return { taskId: task.id, group, stream, lines, ...(masked ? { masked } : {}) };
  } catch (error) {
    // The digest is still worth having without the logs (the stream may not exist if the task never started).
    return {
      taskId: task.id,
      group,
      stream,
      lines: [],
      error: errorMessage(error),
    };
  }
}

/** What the digest says the failed deployment was. */
export interface FailedRollout {
  deploymentId: string;
  taskDefinitionArn: string;
  /** The failed revision's definition: its awslogs settings say where the container logs are. */
  taskDefinition?: TaskDefinition;
  containerName: string;
  /** Service events from this time on belong to the deployment. */
  since: number;
}

/** The failure digest: the reasons, the stopped tasks, the targets, the events and the last log lines. */
export async function gatherDigest(
  ctx: PhaseContext,
  f: FailedRollout,
  obs: DeploymentObservation | undefined,
  reasons: string[],
): Promise<FailureDigest> {
  const logs = await failedTaskLogs(ctx, obs, f.taskDefinition, f.containerName);
  return buildDigest({
    observation: obs,
    deploymentId: f.deploymentId,
    taskDefinitionArn: f.taskDefinitionArn,
    reasons,
    since: f.since,
    logs,
  });
}

/**
 * The alarm that failed the deployment: the first of `names` (ECS's triggered alarms first, then the
 * stack's error alarm) that CloudWatch shows in ALARM or that ECS named, with its threshold and the
 * values that tripped it (StateReason, StateReasonData). Undefined when none did, or it cannot be read.
 */
export async function alarmDigest(
  ctx: PhaseContext,
  triggered: string[],
  errorAlarm: StackResult['errorAlarm'],
): Promise<AlarmDigest | undefined> {
  const names = [...new Set([...triggered, ...(errorAlarm ? [errorAlarm.name] : [])])];
  if (names.length === 0) return undefined;
  let alarms;
  try {
    alarms = await describeAlarms(ctx.clients.cloudwatch, names);
  } catch (error) {
    ctx.log.warning(`Could not read the alarms ${names.join(', ')}: ${errorMessage(error)}`);
    return undefined;
  }
  const a = alarms.find((x) => triggered.includes(x.name)) ?? alarms.find((x) => x.state === 'ALARM');
  if (!a) return undefined;
  const threshold =
    errorAlarm && a.name === errorAlarm.name
      ? `5xx answers above ${errorAlarm.thresholdPercent}% of the requests in a minute, with at least ${errorAlarm.minRequests} requests`
      : `threshold ${a.threshold ?? '?'}`;
  return {
    name: a.name,
    threshold,
    reason: a.reason || undefined,
    values: alarmValues(a.reasonData),
    updatedAt: a.updatedAt?.getTime(),
  };
}
