import {
  CloudWatchClient,
  DeleteAlarmsCommand,
  DescribeAlarmsCommand,
  MetricAlarm,
  PutMetricAlarmCommand,
  PutMetricAlarmCommandInput,
} from '@aws-sdk/client-cloudwatch';
import { allPages } from './paging';

/**
 * CloudWatch metric alarms: the stack's error alarm (made sure of in src/infra/alarms.ts) and its
 * state, read while a deployment is watched. DescribeAlarms and DeleteAlarms take at most 100 names
 * per call (CloudWatch API reference), so longer lists are sent in batches.
 */
export const ALARM_NAMES_PER_CALL = 100;

/** What a watcher needs of an alarm: its state, why, and the threshold it compares against. */
export interface AlarmStatus {
  name: string;
  state: 'OK' | 'ALARM' | 'INSUFFICIENT_DATA';
  /** CloudWatch's sentence for the last state change. */
  reason: string;
  /** The same as JSON (the evaluated datapoints and the threshold), when CloudWatch gave it. */
  reasonData?: string;
  threshold?: number;
  updatedAt?: Date;
}

function batches<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Creates the alarm, or replaces every setting of the alarm of that name (PutMetricAlarm is an upsert). */
export async function putMetricAlarm(
  client: CloudWatchClient,
  input: PutMetricAlarmCommandInput,
): Promise<void> {
  await client.send(new PutMetricAlarmCommand(input));
}

/** The metric alarms of these names that exist (a name with no alarm is simply absent). */
export async function describeMetricAlarms(
  client: CloudWatchClient,
  names: string[],
): Promise<MetricAlarm[]> {
  const unique = [...new Set(names)];
  const found: MetricAlarm[] = [];
  for (const batch of batches(unique, ALARM_NAMES_PER_CALL)) {
    const alarms = await allPages(async (token) => {
      const out = await client.send(
        new DescribeAlarmsCommand({
          AlarmNames: batch,
          AlarmTypes: ['MetricAlarm'],
          MaxRecords: ALARM_NAMES_PER_CALL,
          NextToken: token,
        }),
      );
      return { items: out.MetricAlarms, next: out.NextToken };
    });
    found.push(...alarms.filter((a) => a.AlarmName && batch.includes(a.AlarmName)));
  }
  return found;
}

/** The metric alarm of exactly this name, or undefined. */
export async function findMetricAlarm(
  client: CloudWatchClient,
  name: string,
): Promise<MetricAlarm | undefined> {
  return (await describeMetricAlarms(client, [name]))[0];
}

/** The state of each named alarm that exists, in the order of `names`. */
export async function describeAlarms(client: CloudWatchClient, names: string[]): Promise<AlarmStatus[]> {
  const byName = new Map((await describeMetricAlarms(client, names)).map((a) => [a.AlarmName!, a]));
  return names.flatMap((name) => {
    const a = byName.get(name);
    return a ? [alarmStatus(a)] : [];
  });
}

export function alarmStatus(a: MetricAlarm): AlarmStatus {
  return {
    name: a.AlarmName ?? '',
    state: (a.StateValue ?? 'INSUFFICIENT_DATA') as AlarmStatus['state'],
    reason: a.StateReason ?? '',
    ...(a.StateReasonData ? { reasonData: a.StateReasonData } : {}),
    ...(a.Threshold !== undefined ? { threshold: a.Threshold } : {}),
    ...(a.StateUpdatedTimestamp ? { updatedAt: a.StateUpdatedTimestamp } : {}),
  };
}

/**
 * Deletes the named alarms. A name with no alarm is no error: CloudWatch still deletes the others
 * and answers success.
 */
export async function deleteAlarms(client: CloudWatchClient, names: string[]): Promise<void> {
  for (const batch of batches([...new Set(names)], ALARM_NAMES_PER_CALL))
    await client.send(new DeleteAlarmsCommand({ AlarmNames: batch }));
}
