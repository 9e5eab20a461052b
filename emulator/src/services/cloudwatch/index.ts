import type { ServiceDefinition, RequestContext } from '../../core/service';
import { AwsError } from '../../core/errors';
import { decodePageToken, encodePageToken } from '../../core/paging';
import { CloudWatchState, type MetricAlarm } from './state';
import { type MetricQuery, runQueries, statSeries } from './evaluate';
import { MathError } from './math';
import {
  COMPARISONS,
  TREAT_MISSING,
  checkDimensions,
  checkEnum,
  checkLength,
  checkMin,
  checkPeriod,
  checkQueries,
  checkStat,
  invalidCombination,
  invalidValue,
  modelRequired,
  validationError,
} from './validate';

type Input = Record<string, any>;

const cw = (ctx: RequestContext): CloudWatchState => CloudWatchState.of(ctx.world);
const ALARM_STATES = ['OK', 'ALARM', 'INSUFFICIENT_DATA'] as const;

const alarmArn = (ctx: RequestContext, name: string) =>
  `arn:aws:cloudwatch:${ctx.region}:${ctx.accountId}:alarm:${name}`;

/** The metric of a single-metric alarm, or its Metrics: one or the other, as CloudWatch requires. */
function alarmSource(input: Input): Partial<MetricAlarm> {
  const single = [
    'MetricName',
    'Namespace',
    'Statistic',
    'ExtendedStatistic',
    'Period',
    'Dimensions',
    'Unit',
  ];
  if (input.Metrics !== undefined) {
    const given = single.filter((k) => input[k] !== undefined);
    if (given.length > 0)
      throw validationError(`${given[0]} must not be specified when Metrics is specified.`);
    if (!Array.isArray(input.Metrics) || input.Metrics.length === 0)
      throw validationError('Metrics must contain at least one element');
    checkQueries(input.Metrics, true);
    return { Metrics: input.Metrics.map((q: MetricQuery) => ({ ...q, ReturnData: q.ReturnData !== false })) };
  }
  for (const k of ['MetricName', 'Namespace', 'Period'])
    if (input[k] === undefined) throw validationError(`${k} must not be null`);
  if (input.Statistic === undefined && input.ExtendedStatistic === undefined)
    throw validationError('Statistic or ExtendedStatistic must be specified');
  if (input.Statistic !== undefined && input.ExtendedStatistic !== undefined)
    throw invalidCombination('Statistic and ExtendedStatistic must not both be specified');
  checkStat(input.Statistic, 'Statistic');
  checkPeriod(input.Period, 'Period');
  checkDimensions(input.Dimensions, 'Dimensions');
  return {
    MetricName: input.MetricName,
    Namespace: input.Namespace,
    Statistic: input.Statistic,
    Period: input.Period,
    Dimensions: input.Dimensions ?? [],
    ...(input.Unit !== undefined ? { Unit: input.Unit } : {}),
  };
}

function putMetricAlarm(input: Input, ctx: RequestContext): Record<string, never> {
  for (const m of ['AlarmName', 'EvaluationPeriods', 'ComparisonOperator']) modelRequired(input, m);
  checkLength(input.AlarmName, 'alarmName', 1, 255);
  checkMin(input.EvaluationPeriods, 'evaluationPeriods', 1);
  checkMin(input.DatapointsToAlarm, 'datapointsToAlarm', 1);
  checkEnum(input.ComparisonOperator, 'comparisonOperator', [
    ...COMPARISONS,
    'LessThanLowerOrGreaterThanUpperThreshold',
    'LessThanLowerThreshold',
    'GreaterThanUpperThreshold',
  ]);
  if (!COMPARISONS.includes(input.ComparisonOperator))
    throw invalidValue('Anomaly detection alarms are not emulated: use a static threshold.');
  checkEnum(input.TreatMissingData, 'treatMissingData', TREAT_MISSING);
  if (input.Threshold === undefined) throw validationError('Threshold must not be null');
  if (input.DatapointsToAlarm !== undefined && input.DatapointsToAlarm > input.EvaluationPeriods)
    throw validationError('DatapointsToAlarm must be less than or equal to EvaluationPeriods');
  const source = alarmSource(input);
  const state = cw(ctx);
  state.putAlarm({
    AlarmName: input.AlarmName,
    AlarmArn: alarmArn(ctx, input.AlarmName),
    ...(input.AlarmDescription !== undefined ? { AlarmDescription: input.AlarmDescription } : {}),
    ActionsEnabled: input.ActionsEnabled ?? true,
    OKActions: input.OKActions ?? [],
    AlarmActions: input.AlarmActions ?? [],
    InsufficientDataActions: input.InsufficientDataActions ?? [],
    EvaluationPeriods: input.EvaluationPeriods,
    ...(input.DatapointsToAlarm !== undefined ? { DatapointsToAlarm: input.DatapointsToAlarm } : {}),
    Threshold: input.Threshold,
    ComparisonOperator: input.ComparisonOperator,
    ...(input.TreatMissingData !== undefined ? { TreatMissingData: input.TreatMissingData } : {}),
    ...source,
    tags: Object.fromEntries(
      ((input.Tags ?? []) as { Key: string; Value: string }[]).map((t) => [t.Key, t.Value]),
    ),
  });
  return {};
}

const seconds = (ms: number) => new Date(ms);

function alarmOutput(a: MetricAlarm): Record<string, unknown> {
  const {
    tags: _tags,
    StateUpdatedTimestamp,
    StateTransitionedTimestamp,
    AlarmConfigurationUpdatedTimestamp,
    ...rest
  } = a;
  return {
    ...rest,
    StateUpdatedTimestamp: seconds(StateUpdatedTimestamp),
    StateTransitionedTimestamp: seconds(StateTransitionedTimestamp),
    AlarmConfigurationUpdatedTimestamp: seconds(AlarmConfigurationUpdatedTimestamp),
  };
}

function describeAlarms(input: Input, ctx: RequestContext): unknown {
  if (input.AlarmNames !== undefined && input.AlarmNamePrefix !== undefined)
    throw invalidCombination('AlarmNames and AlarmNamePrefix cannot be specified together.');
  checkEnum(input.StateValue, 'stateValue', ALARM_STATES);
  const max = input.MaxRecords ?? 50;
  if (max < 1 || max > 100)
    throw validationError(
      `1 validation error detected: Value '${max}' at 'maxRecords' failed to satisfy constraint: Member must have value ${max < 1 ? 'greater than or equal to 1' : 'less than or equal to 100'}`,
    );
  const names: string[] | undefined = input.AlarmNames;
  const types: string[] = input.AlarmTypes ?? ['MetricAlarm'];
  const all = types.includes('MetricAlarm')
    ? [...cw(ctx).alarms.values()]
        .filter((a) => !names || names.includes(a.AlarmName))
        .filter((a) => !input.AlarmNamePrefix || a.AlarmName.startsWith(input.AlarmNamePrefix))
        .filter((a) => !input.StateValue || a.StateValue === input.StateValue)
        .filter((a) => !input.ActionPrefix || a.AlarmActions.some((x) => x.startsWith(input.ActionPrefix)))
        .sort((a, b) => a.AlarmName.localeCompare(b.AlarmName))
    : [];
  const start = input.NextToken ? pageStart(input.NextToken) : 0;
  const page = all.slice(start, start + max);
  return {
    MetricAlarms: page.map(alarmOutput),
    CompositeAlarms: [],
    ...(start + max < all.length ? { NextToken: encodePageToken(start + max) } : {}),
  };
}

function pageStart(token: string): number {
  const n = decodePageToken(token);
  if (n === undefined) throw new AwsError('InvalidNextToken', 'The service returned an invalid next token.');
  return n;
}

/**
 * Deletes the named alarms. A name with no alarm is no error: "If you specify any incorrect alarm
 * names, the alarms you specify with correct names are still deleted" (CloudWatch API reference).
 */
function deleteAlarms(input: Input, ctx: RequestContext): Record<string, never> {
  modelRequired(input, 'AlarmNames');
  const names = input.AlarmNames as string[];
  if (names.length > 100)
    throw validationError(
      `1 validation error detected: Value '[...]' at 'alarmNames' failed to satisfy constraint: Member must have length less than or equal to 100`,
    );
  for (const n of names) cw(ctx).deleteAlarm(n);
  return {};
}

function setAlarmState(input: Input, ctx: RequestContext): Record<string, never> {
  for (const m of ['AlarmName', 'StateValue', 'StateReason']) modelRequired(input, m);
  checkEnum(input.StateValue, 'stateValue', ALARM_STATES);
  const alarm = cw(ctx).alarms.get(input.AlarmName);
  if (!alarm) throw new AwsError('ResourceNotFound', `Alarm ${input.AlarmName} not found`, 404);
  cw(ctx).setState(alarm, input.StateValue, input.StateReason, input.StateReasonData);
  return {};
}

function putMetricData(input: Input, ctx: RequestContext): Record<string, never> {
  modelRequired(input, 'Namespace');
  if (String(input.Namespace).startsWith('AWS/'))
    throw invalidValue('The value AWS/ for parameter Namespace is invalid.');
  const data = (input.MetricData ?? []) as Input[];
  data.forEach((d, i) => {
    if (!d.MetricName) throw validationError(`MetricData.member.${i + 1}.MetricName must not be null`);
    checkDimensions(d.Dimensions, `MetricData.member.${i + 1}.Dimensions`);
  });
  const records = data.flatMap((d) => {
    const values: number[] = d.Values ?? (d.Value !== undefined ? [d.Value] : []);
    const counts: number[] = d.Counts ?? values.map(() => 1);
    return values.flatMap((v, i) =>
      Array.from({ length: Math.max(1, Math.round(counts[i] ?? 1)) }, () => ({
        namespace: input.Namespace,
        metricName: d.MetricName,
        dimensions: d.Dimensions ?? [],
        value: v,
        unit: d.Unit,
        timestampMs: d.Timestamp !== undefined ? timeMs(d.Timestamp, 'Timestamp') : undefined,
      })),
    );
  });
  cw(ctx).putMetricData(records);
  return {};
}

/** A StartTime within the last 15 days is rounded down to the whole minute, as CloudWatch does. */
const wholeMinute = (ms: number) => Math.floor(ms / 60_000) * 60_000;

/** JSON 1.0 timestamps arrive as epoch seconds. */
function timeMs(v: unknown, at: string): number {
  const n = typeof v === 'number' ? v * 1000 : Date.parse(String(v));
  if (!Number.isFinite(n)) throw validationError(`Invalid timestamp for ${at}`);
  return n;
}

function getMetricData(input: Input, ctx: RequestContext): unknown {
  for (const m of ['MetricDataQueries', 'StartTime', 'EndTime']) modelRequired(input, m);
  const queries = input.MetricDataQueries as MetricQuery[];
  checkQueries(queries, false);
  const startMs = wholeMinute(cw(ctx).toMetricTime(timeMs(input.StartTime, 'StartTime')));
  const endMs = cw(ctx).toMetricTime(timeMs(input.EndTime, 'EndTime'));
  if (endMs <= startMs)
    throw validationError('The parameter StartTime must be less than the parameter EndTime.');
  const period = queries.find((q) => q.MetricStat)?.MetricStat?.Period ?? queries[0].Period ?? 60;
  let results;
  try {
    results = runQueries(cw(ctx).metrics, queries, startMs, endMs, period);
  } catch (e) {
    if (e instanceof MathError) throw validationError(`Error in expression: ${e.message}`);
    throw e;
  }
  const newestFirst = input.ScanBy !== 'TimestampAscending';
  return {
    MetricDataResults: queries
      .filter((q) => q.ReturnData !== false)
      .map((q) => {
        const v = results.get(q.Id)!;
        const points = typeof v === 'number' ? [] : [...v.entries()].sort((a, b) => a[0] - b[0]);
        if (newestFirst) points.reverse();
        return {
          Id: q.Id,
          Label: q.Label ?? (q.MetricStat ? q.MetricStat.Metric.MetricName : q.Id),
          Timestamps: points.map(([t]) => new Date(cw(ctx).fromMetricTime(t))),
          Values: points.map(([, x]) => x),
          StatusCode: 'Complete',
        };
      }),
    Messages: [],
  };
}

function getMetricStatistics(input: Input, ctx: RequestContext): unknown {
  for (const m of ['Namespace', 'MetricName', 'StartTime', 'EndTime', 'Period']) modelRequired(input, m);
  const stats: string[] = input.Statistics ?? [];
  if (stats.length === 0 && !input.ExtendedStatistics)
    throw new AwsError('MissingParameter', 'The parameter Statistics or ExtendedStatistics is required.');
  stats.forEach((s, i) => checkStat(s, `Statistics.member.${i + 1}`));
  checkPeriod(input.Period, 'Period');
  checkDimensions(input.Dimensions, 'Dimensions');
  const id = { namespace: input.Namespace, metricName: input.MetricName, dimensions: input.Dimensions ?? [] };
  const startMs = wholeMinute(cw(ctx).toMetricTime(timeMs(input.StartTime, 'StartTime')));
  const endMs = cw(ctx).toMetricTime(timeMs(input.EndTime, 'EndTime'));
  const byStat = stats.map(
    (s) => [s, statSeries(cw(ctx).metrics, id, s, input.Period, startMs, endMs)] as const,
  );
  const times = [...new Set(byStat.flatMap(([, series]) => [...series.keys()]))].sort((a, b) => a - b);
  const unit = cw(ctx).metrics.aggregate(id, input.Period, startMs, endMs)[0]?.unit ?? 'None';
  return {
    Label: input.MetricName,
    Datapoints: times.map((t) => ({
      Timestamp: new Date(cw(ctx).fromMetricTime(t)),
      Unit: unit,
      ...Object.fromEntries(byStat.map(([s, series]) => [s, series.get(t)])),
    })),
  };
}

function listMetrics(input: Input, ctx: RequestContext): unknown {
  const metrics = cw(ctx).metrics.list({
    namespace: input.Namespace,
    metricName: input.MetricName,
    dimensions: input.Dimensions,
  });
  return {
    Metrics: metrics.map((m) => ({
      Namespace: m.namespace,
      MetricName: m.metricName,
      Dimensions: m.dimensions,
    })),
  };
}

export const definition: ServiceDefinition = {
  signingName: 'monitoring',
  protocol: 'json1.0',
  targetPrefix: 'GraniteServiceVersion20100801',
  queryCompatibleErrors: {
    ValidationError: 'ValidationException',
    InvalidParameterValue: 'InvalidParameterValueException',
    InvalidParameterCombination: 'InvalidParameterCombinationException',
    MissingParameter: 'MissingRequiredParameterException',
    ResourceNotFound: 'ResourceNotFound',
    InvalidNextToken: 'InvalidNextToken',
    LimitExceeded: 'LimitExceededFault',
  },
  operations: {
    PutMetricAlarm: putMetricAlarm,
    DescribeAlarms: describeAlarms,
    DeleteAlarms: deleteAlarms,
    SetAlarmState: setAlarmState,
    PutMetricData: putMetricData,
    GetMetricData: getMetricData,
    GetMetricStatistics: getMetricStatistics,
    ListMetrics: listMetrics,
  },
};
