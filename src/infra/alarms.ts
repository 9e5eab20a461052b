import type { MetricAlarm, MetricDataQuery, PutMetricAlarmCommandInput } from '@aws-sdk/client-cloudwatch';
import * as cloudwatch from '../aws/cloudwatch';
import type { StackContext } from './context';
import type { ErrorAlarmSpec } from './desired';
import { changeFor, FieldDrift } from './diff';

/**
 * The error alarm of rollback-on-errors: the share of requests the service's targets answer with
 * 5xx, over every target group of the service (both of blue/green, so the alarm follows the traffic
 * whichever group serves it), as one metric-math expression:
 *
 *   rate = IF(requests >= min, 100 * errors / requests, 0)
 *   errors = FILL(e0, 0) + FILL(e1, 0)     (HTTPCode_Target_5XX_Count, Sum per minute)
 *   requests = FILL(r0, 0) + FILL(r1, 0)   (RequestCount, Sum per minute)
 *
 * FILL(…, 0): a minute without 5xx publishes no HTTPCode_Target_5XX_Count datapoint, which is zero
 * errors, not missing data. The IF keeps a quiet minute (3 requests, 1 failed) from reading as 33 %.
 * One period of 60 s, one evaluation period out of one: the alarm trips in the first minute whose
 * rate passes the threshold (why, in docs/infrastructure.md). A minute with no requests at all
 * is not breaching (TreatMissingData notBreaching): no traffic is no evidence against a version.
 */

export const ALB_NAMESPACE = 'AWS/ApplicationELB';
export const ERROR_ALARM_PERIOD_SECONDS = 60;
const EVALUATION_PERIODS = 1;
const COMPARISON = 'GreaterThanThreshold';
const TREAT_MISSING = 'notBreaching';

/** A target group the alarm counts, with its load balancer (ALB publishes per-group metrics under both). */
export interface AlarmTarget {
  targetGroupArn: string;
  loadBalancerArn: string;
}

/** 'targetgroup/<name>/<id>' and 'app/<name>/<id>', the dimensions CloudWatch files the metrics under. */
export function albDimensions(t: AlarmTarget): { Name: string; Value: string }[] {
  const tg = /:(targetgroup\/[^/]+\/[^/]+)$/.exec(t.targetGroupArn);
  const lb = /:loadbalancer\/(app\/[^/]+\/[^/]+)$/.exec(t.loadBalancerArn);
  if (!tg || !lb)
    throw new Error(
      `Cannot name the CloudWatch dimensions of ${t.targetGroupArn} behind ${t.loadBalancerArn}.`,
    );
  return [
    { Name: 'TargetGroup', Value: tg[1] },
    { Name: 'LoadBalancer', Value: lb[1] },
  ];
}

function metric(id: string, name: string, t: AlarmTarget): MetricDataQuery {
  return {
    Id: id,
    MetricStat: {
      Metric: { Namespace: ALB_NAMESPACE, MetricName: name, Dimensions: albDimensions(t) },
      Period: ERROR_ALARM_PERIOD_SECONDS,
      Stat: 'Sum',
    },
    ReturnData: false,
  };
}

/**
 * The metric-math queries of the alarm; the last one, `rate`, is what the threshold is compared with.
 * The rate is each target group's own (5xx per 100 requests, in minutes of at least `minRequests`
 * requests there), and the alarm takes the highest: a canary that answers 500 to half of its 5 % of
 * the traffic reads 50 %, not the 2.5 % a rate over both groups would dilute it to.
 */
export function errorRateQueries(targets: AlarmTarget[], minRequests: number): MetricDataQuery[] {
  const rates = targets.map((_, i) => ({
    Id: `rate${i}`,
    Expression: `IF(FILL(r${i}, 0) >= ${minRequests}, 100 * FILL(e${i}, 0) / r${i}, 0)`,
    ReturnData: false,
  }));
  const highest = rates
    .map((q) => q.Id)
    .reduce((acc, id) => (acc === '' ? id : `IF(${acc} > ${id}, ${acc}, ${id})`), '');
  return [
    ...targets.flatMap((t, i) => [
      metric(`e${i}`, 'HTTPCode_Target_5XX_Count', t),
      metric(`r${i}`, 'RequestCount', t),
    ]),
    ...rates,
    {
      Id: 'rate',
      Expression: highest,
      Label: `5xx % of requests, the highest of its target groups (minutes of at least ${minRequests} requests)`,
      ReturnData: true,
    },
  ];
}

export function errorAlarmInput(
  spec: ErrorAlarmSpec,
  targets: AlarmTarget[],
  service: string,
  tags: Record<string, string>,
): PutMetricAlarmCommandInput {
  return {
    AlarmName: spec.name,
    AlarmDescription: `Service ${service}: more than ${spec.thresholdPercent} % of requests answered 5xx by its targets in one minute of at least ${spec.minRequests} requests. ECS rolls a deployment back when this alarm goes to ALARM (rollback-on-errors).`,
    ActionsEnabled: false,
    Metrics: errorRateQueries(targets, spec.minRequests),
    EvaluationPeriods: EVALUATION_PERIODS,
    DatapointsToAlarm: EVALUATION_PERIODS,
    Threshold: spec.thresholdPercent,
    ComparisonOperator: COMPARISON,
    TreatMissingData: TREAT_MISSING,
    Tags: Object.entries(tags).map(([Key, Value]) => ({ Key, Value })),
  };
}

/** The queries as compared: the fields the action sets, in a stable shape. */
function comparableQueries(queries: MetricDataQuery[] | undefined): string {
  return JSON.stringify(
    (queries ?? []).map((q) => ({
      Id: q.Id,
      Expression: q.Expression,
      ReturnData: q.ReturnData !== false,
      Metric: q.MetricStat && {
        Namespace: q.MetricStat.Metric?.Namespace,
        MetricName: q.MetricStat.Metric?.MetricName,
        Dimensions: [...(q.MetricStat.Metric?.Dimensions ?? [])].sort((a, b) =>
          String(a.Name).localeCompare(String(b.Name)),
        ),
        Period: q.MetricStat.Period,
        Stat: q.MetricStat.Stat,
      },
    })),
  );
}

/** How the alarm differs from the one wanted. */
export function errorAlarmDrift(wanted: PutMetricAlarmCommandInput, actual: MetricAlarm): FieldDrift[] {
  const drift: FieldDrift[] = [];
  const fields = [
    'Threshold',
    'EvaluationPeriods',
    'DatapointsToAlarm',
    'ComparisonOperator',
    'TreatMissingData',
  ] as const;
  for (const f of fields)
    if (actual[f] !== wanted[f]) drift.push({ field: f, actual: actual[f], desired: wanted[f] });
  if (comparableQueries(actual.Metrics) !== comparableQueries(wanted.Metrics))
    drift.push({
      field: 'metrics',
      actual: actual.Metrics?.find((q) => q.ReturnData !== false)?.Expression ?? actual.MetricName,
      desired: `${wanted.Metrics?.at(-1)?.Expression} over ${(wanted.Metrics ?? []).filter((q) => q.MetricStat).length / 2} target group(s)`,
    });
  return drift;
}

/**
 * Makes the error alarm what the inputs say: created when missing, replaced when drifted (PutMetricAlarm
 * overwrites every setting), deleted when rollback-on-errors is off. Returns the alarm when it is in
 * use. `targets` empty (no load balancer known): no alarm, with a warning.
 */
export async function ensureErrorAlarm(
  ctx: StackContext,
  targets: AlarmTarget[],
): Promise<ErrorAlarmSpec | undefined> {
  const spec = ctx.desired.errorAlarm;
  const client = ctx.clients.cloudwatch;
  const existing = await cloudwatch.findMetricAlarm(client, spec.name);
  if (spec.enabled && targets.length === 0 && ctx.plan && ctx.desired.loadBalancer) {
    ctx.record({
      action: 'create',
      resource: 'alarm',
      name: spec.name,
      detail: 'on the target groups to be created',
    });
    return undefined;
  }
  if (!spec.enabled || targets.length === 0) {
    if (spec.enabled)
      ctx.log.warning(
        `rollback-on-errors: the target group has no load balancer, so there are no request metrics to alarm on; no error alarm.`,
      );
    if (existing) {
      if (!ctx.plan) await cloudwatch.deleteAlarms(client, [spec.name]);
      ctx.record({
        action: 'delete',
        resource: 'alarm',
        name: spec.name,
        detail: 'rollback-on-errors is off',
      });
    }
    return undefined;
  }
  const wanted = errorAlarmInput(spec, targets, ctx.config.service, ctx.desired.tags);
  const detail = `5xx > ${spec.thresholdPercent} % of at least ${spec.minRequests} requests in 1 minute, ${targets.length} target group(s)`;
  if (!existing) {
    if (!ctx.plan) await cloudwatch.putMetricAlarm(client, wanted);
    ctx.record({ action: 'create', resource: 'alarm', name: spec.name, detail });
    return { ...spec };
  }
  const drift = errorAlarmDrift(wanted, existing);
  if (drift.length > 0 && !ctx.plan) await cloudwatch.putMetricAlarm(client, wanted);
  ctx.record(changeFor('alarm', spec.name, drift, detail));
  return { ...spec };
}
