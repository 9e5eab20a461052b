import type { AlarmStateValue } from '../../core/contracts';
import { evaluate as evaluateMath, type MathValue, type Series } from './math';
import { type MetricId, type MetricStore, type Statistic, statValue } from './metrics';

/** A MetricDataQuery as alarms and GetMetricData take it. */
export interface MetricQuery {
  Id: string;
  MetricStat?: {
    Metric: { Namespace: string; MetricName: string; Dimensions?: { Name: string; Value: string }[] };
    Period: number;
    Stat: string;
    Unit?: string;
  };
  Expression?: string;
  Label?: string;
  ReturnData?: boolean;
  Period?: number;
  AccountId?: string;
}

export interface AlarmDefinition {
  Period?: number;
  EvaluationPeriods: number;
  DatapointsToAlarm?: number;
  Threshold?: number;
  ComparisonOperator: string;
  TreatMissingData?: string;
  Namespace?: string;
  MetricName?: string;
  Dimensions?: { Name: string; Value: string }[];
  Statistic?: string;
  Metrics?: MetricQuery[];
}

const metricOf = (m: NonNullable<MetricQuery['MetricStat']>['Metric']): MetricId => ({
  namespace: m.Namespace,
  metricName: m.MetricName,
  dimensions: m.Dimensions ?? [],
});

/** One series per period start in [startMs, endMs) that has data. */
export function statSeries(
  store: MetricStore,
  id: MetricId,
  stat: string,
  periodSeconds: number,
  startMs: number,
  endMs: number,
): Series {
  const out: Series = new Map();
  for (const b of store.aggregate(id, periodSeconds, startMs, endMs))
    out.set(b.startMs, statValue(b, stat as Statistic));
  return out;
}

/** Evaluates every query of a GetMetricData request or a metric-math alarm, by id. */
export function runQueries(
  store: MetricStore,
  queries: MetricQuery[],
  startMs: number,
  endMs: number,
  periodSeconds: number,
): Map<string, MathValue> {
  const byId = new Map(queries.map((q) => [q.Id, q]));
  const done = new Map<string, MathValue>();
  const periods: number[] = [];
  for (
    let t = Math.ceil(startMs / (periodSeconds * 1000)) * periodSeconds * 1000;
    t < endMs;
    t += periodSeconds * 1000
  )
    periods.push(t);
  const resolve = (id: string, depth: number): MathValue => {
    const have = done.get(id);
    if (have !== undefined) return have;
    const q = byId.get(id)!;
    if (depth > queries.length) throw new Error(`circular reference at ${id}`);
    let value: MathValue;
    if (q.MetricStat) {
      const p = q.MetricStat.Period ?? periodSeconds;
      value = statSeries(store, metricOf(q.MetricStat.Metric), q.MetricStat.Stat, p, startMs, endMs);
    } else {
      const vars: Record<string, MathValue> = {};
      for (const other of queries)
        if (other.Id !== id)
          Object.defineProperty(vars, other.Id, {
            enumerable: true,
            get: () => resolve(other.Id, depth + 1),
          });
      value = evaluateMath(q.Expression ?? '', vars, periods);
    }
    done.set(id, value);
    return value;
  };
  for (const q of queries) resolve(q.Id, 0);
  return done;
}

export interface Datapoint {
  startMs: number;
  value?: number;
  sampleCount?: number;
}

/** The alarm's evaluation range: its last EvaluationPeriods complete periods, oldest first. */
export function alarmDatapoints(store: MetricStore, alarm: AlarmDefinition, nowMs: number): Datapoint[] {
  const period = alarmPeriod(alarm);
  const periodMs = period * 1000;
  const endMs = Math.floor(nowMs / periodMs) * periodMs;
  const startMs = endMs - alarm.EvaluationPeriods * periodMs;
  const starts = Array.from({ length: alarm.EvaluationPeriods }, (_, i) => startMs + i * periodMs);
  if (alarm.Metrics) {
    const results = runQueries(store, alarm.Metrics, startMs, endMs, period);
    const returned = alarm.Metrics.find(
      (q) => q.ReturnData !== false && (q.ReturnData || alarm.Metrics!.length === 1),
    )!;
    const v = results.get(returned.Id)!;
    return starts.map((t) => ({ startMs: t, value: typeof v === 'number' ? v : v.get(t) }));
  }
  const id = {
    namespace: alarm.Namespace!,
    metricName: alarm.MetricName!,
    dimensions: alarm.Dimensions ?? [],
  };
  const buckets = new Map(store.aggregate(id, period, startMs, endMs).map((b) => [b.startMs, b]));
  return starts.map((t) => {
    const b = buckets.get(t);
    return b
      ? { startMs: t, value: statValue(b, alarm.Statistic as Statistic), sampleCount: b.sampleCount }
      : { startMs: t };
  });
}

export function alarmPeriod(alarm: AlarmDefinition): number {
  if (alarm.Period) return alarm.Period;
  const returned = alarm.Metrics?.find((q) => q.ReturnData) ?? alarm.Metrics?.[0];
  return returned?.Period ?? returned?.MetricStat?.Period ?? 60;
}

const COMPARE: Record<string, { test: (v: number, t: number) => boolean; words: string }> = {
  GreaterThanOrEqualToThreshold: { test: (v, t) => v >= t, words: 'greater than or equal to' },
  GreaterThanThreshold: { test: (v, t) => v > t, words: 'greater than' },
  LessThanThreshold: { test: (v, t) => v < t, words: 'less than' },
  LessThanOrEqualToThreshold: { test: (v, t) => v <= t, words: 'less than or equal to' },
};
export const COMPARISON_OPERATORS = Object.keys(COMPARE);

export interface Verdict {
  state: AlarmStateValue;
  reason: string;
  reasonData: string;
}

/** CloudWatch's number format in reasons: always a decimal point ("5.0", "0.25"). */
const num = (v: number) => (Number.isInteger(v) ? v.toFixed(1) : String(v));
const pad = (n: number) => String(n).padStart(2, '0');
/** "(02/12/26 15:40:00)": day/month/year, as CloudWatch writes datapoints in a StateReason. */
const reasonDate = (ms: number) => {
  const d = new Date(ms);
  return `${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${pad(d.getUTCFullYear() % 100)} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
};
/** "2026-12-02T15:40:00.000+0000", as in StateReasonData. */
export const dataDate = (ms: number) => new Date(ms).toISOString().replace('Z', '+0000');

/**
 * The state an alarm's datapoints put it in, with the StateReason and StateReasonData CloudWatch
 * writes. Missing datapoints follow TreatMissingData; `current` is kept when every datapoint is
 * missing and missing data is ignored.
 */
export function judge(
  alarm: AlarmDefinition,
  points: Datapoint[],
  nowMs: number,
  current: AlarmStateValue,
): Verdict {
  const cmp = COMPARE[alarm.ComparisonOperator];
  const threshold = alarm.Threshold ?? 0;
  const m = alarm.DatapointsToAlarm ?? alarm.EvaluationPeriods;
  const n = alarm.EvaluationPeriods;
  const treat = alarm.TreatMissingData ?? 'missing';
  const present = points.filter((p) => p.value !== undefined);
  const missing = points.length - present.length;
  let breaching = present.filter((p) => cmp.test(p.value!, threshold)).length;
  if (treat === 'breaching') breaching += missing;
  const data = reasonData(alarm, points, present, nowMs, threshold);
  if (present.length === 0 && (treat === 'missing' || treat === 'ignore')) {
    const state = treat === 'ignore' ? current : 'INSUFFICIENT_DATA';
    const reason = `Insufficient Data: ${n} datapoint${n === 1 ? ' was' : 's were'} unknown.`;
    return { state, reason, reasonData: data };
  }
  const shown = [...present].reverse();
  const list = `[${shown.map((p) => `${num(p.value!)} (${reasonDate(p.startMs)})`).join(', ')}]`;
  const counted = treat === 'breaching' || treat === 'notBreaching' ? n : present.length;
  if (breaching >= m) {
    const subject = m === 1 && n === 1 ? '1 datapoint' : `${breaching} out of the last ${counted} datapoints`;
    const verb = m === 1 && n === 1 ? 'was' : 'were';
    const minimum =
      m > 1 || n > 1 ? ` (minimum ${m} datapoint${m === 1 ? '' : 's'} for OK -> ALARM transition)` : '';
    return {
      state: 'ALARM',
      reason: `Threshold Crossed: ${subject} ${list} ${verb} ${cmp.words} the threshold (${num(threshold)})${minimum}.`,
      reasonData: data,
    };
  }
  const ok = counted - breaching;
  const subject = counted === 1 ? '1 datapoint' : `${ok} out of the last ${counted} datapoints`;
  const verb = counted === 1 ? 'was' : 'were';
  const minimum =
    n > 1 ? ` (minimum ${n - m + 1} datapoint${n - m + 1 === 1 ? '' : 's'} for ALARM -> OK transition)` : '';
  return {
    state: 'OK',
    reason: `Threshold Crossed: ${subject} ${list} ${verb} not ${cmp.words} the threshold (${num(threshold)})${minimum}.`,
    reasonData: data,
  };
}

function reasonData(
  alarm: AlarmDefinition,
  points: Datapoint[],
  present: Datapoint[],
  nowMs: number,
  threshold: number,
): string {
  const newestFirst = [...present].reverse();
  return JSON.stringify({
    version: '1.0',
    queryDate: dataDate(nowMs),
    startDate: dataDate(points[0]?.startMs ?? nowMs),
    ...(alarm.Metrics ? {} : { statistic: alarm.Statistic, period: alarm.Period }),
    recentDatapoints: newestFirst.map((p) => p.value),
    threshold,
    evaluatedDatapoints: newestFirst.map((p) => ({
      timestamp: dataDate(p.startMs),
      ...(p.sampleCount !== undefined ? { sampleCount: p.sampleCount } : {}),
      value: p.value,
    })),
  });
}
