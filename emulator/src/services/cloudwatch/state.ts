import type { World } from '../../core/world';
import type {
  AlarmStateListener,
  AlarmStateValue,
  CloudWatchContract,
  MetricDatumRecord,
} from '../../core/contracts';
import { ownState } from '../../core/own-state';
import { MetricStore, metricKey } from './metrics';
import { type AlarmDefinition, alarmDatapoints, alarmPeriod, judge } from './evaluate';

/** A metric alarm as DescribeAlarms answers it (timestamps as epoch ms until they are written). */
export interface MetricAlarm extends AlarmDefinition {
  AlarmName: string;
  AlarmArn: string;
  AlarmDescription?: string;
  ActionsEnabled: boolean;
  OKActions: string[];
  AlarmActions: string[];
  InsufficientDataActions: string[];
  Unit?: string;
  ExtendedStatistic?: string;
  ThresholdMetricId?: string;
  EvaluateLowSampleCountPercentile?: string;
  StateValue: AlarmStateValue;
  StateReason: string;
  StateReasonData?: string;
  StateUpdatedTimestamp: number;
  StateTransitionedTimestamp: number;
  AlarmConfigurationUpdatedTimestamp: number;
  tags: Record<string, string>;
}

/**
 * CloudWatch evaluates metric alarms once a minute, on the minute: a minute's datapoint is judged as
 * soon as the minute is over, so an error rate shows in the alarm at most one period after it began.
 */
const EVALUATION_INTERVAL_MS = 60_000;
/** At most this many missed periods are judged when the timer comes late. */
const MAX_CATCH_UP = 60;

const own = ownState<CloudWatchState>('CloudWatch');

export class CloudWatchState implements CloudWatchContract {
  static of(world: World): CloudWatchState {
    return own.of(world);
  }

  alarms = new Map<string, MetricAlarm>();
  metrics = new MetricStore();
  private listeners: AlarmStateListener[] = [];
  private cancelEvaluation?: () => void;
  /** The end of the last period each alarm was judged on. */
  private readonly evaluatedUntil = new Map<string, number>();

  /** Where metric time and the clock meet (see `toMetricTime`). */
  private readonly origin: number;

  constructor(readonly world: World) {
    own.register(world, this);
    this.origin = world.clock.nowMs();
  }

  /**
   * Metric time: the clock's time with durations scaled, so that with time scale 60 a metric minute
   * (a datapoint, an alarm period) passes in one second of clock time. The same as the clock's time at
   * time scale 1. Buckets, periods and alarm reasons are in metric time; API timestamps are converted.
   */
  toMetricTime(clockMs: number): number {
    return this.origin + (clockMs - this.origin) * this.world.clock.timeScale;
  }

  fromMetricTime(metricMs: number): number {
    return this.origin + (metricMs - this.origin) / this.world.clock.timeScale;
  }

  alarmState(name: string): { state: AlarmStateValue; reason?: string; reasonData?: string } | undefined {
    const a = this.alarms.get(name);
    return a && { state: a.StateValue, reason: a.StateReason, reasonData: a.StateReasonData };
  }

  alarmWindow(name: string): { periodSeconds: number; evaluationPeriods: number } | undefined {
    const a = this.alarms.get(name);
    return a && { periodSeconds: alarmPeriod(a), evaluationPeriods: a.EvaluationPeriods };
  }

  onAlarmStateChange(fn: AlarmStateListener): void {
    this.listeners.push(fn);
  }

  putMetricData(data: MetricDatumRecord[]): void {
    const now = this.toMetricTime(this.world.clock.nowMs());
    for (const d of data) {
      const at = d.timestampMs === undefined ? undefined : this.toMetricTime(d.timestampMs);
      this.metrics.put({ ...d, timestampMs: at }, now);
    }
  }

  /** Creates or replaces an alarm. A new alarm starts in INSUFFICIENT_DATA; a replaced one keeps its state. */
  putAlarm(alarm: Omit<MetricAlarm, keyof AlarmStatus | 'AlarmConfigurationUpdatedTimestamp'>): void {
    const now = this.world.clock.nowMs();
    const old = this.alarms.get(alarm.AlarmName);
    const status: AlarmStatus = old
      ? pickStatus(old)
      : {
          StateValue: 'INSUFFICIENT_DATA',
          StateReason: 'Unchecked: Initial alarm creation',
          StateUpdatedTimestamp: now,
          StateTransitionedTimestamp: now,
        };
    const record: MetricAlarm = { ...alarm, ...status, AlarmConfigurationUpdatedTimestamp: now };
    this.alarms.set(alarm.AlarmName, record);
    this.evaluatedUntil.delete(alarm.AlarmName);
    if (!old)
      this.world.record('alarm-state', record.AlarmArn, {
        alarm: record.AlarmName,
        state: record.StateValue,
        reason: record.StateReason,
      });
    this.ensureEvaluation();
  }

  deleteAlarm(name: string): boolean {
    const deleted = this.alarms.delete(name);
    this.evaluatedUntil.delete(name);
    if (this.alarms.size === 0) this.stop();
    return deleted;
  }

  /** SetAlarmState: the state holds until the next evaluation, as in CloudWatch. */
  setState(alarm: MetricAlarm, state: AlarmStateValue, reason: string, reasonData?: string): void {
    this.transition(alarm, { state, reason, reasonData: reasonData ?? '' });
  }

  /**
   * Evaluates every alarm on its datapoints (the minute timer calls it; tests may too). Every period
   * that ended since an alarm's last evaluation is judged in order, so a late timer (a busy machine at
   * a high time scale) never skips a minute, as CloudWatch judges each one.
   */
  evaluateAll(): void {
    const now = this.toMetricTime(this.world.clock.nowMs());
    for (const alarm of [...this.alarms.values()]) {
      const periodMs = alarmPeriod(alarm) * 1000;
      const end = Math.floor(now / periodMs) * periodMs;
      const last = this.evaluatedUntil.get(alarm.AlarmName);
      const first = last === undefined ? end : Math.max(last + periodMs, end - MAX_CATCH_UP * periodMs);
      for (let e = first; e <= end; e += periodMs) {
        const at = e === end ? now : e;
        this.transition(alarm, judge(alarm, alarmDatapoints(this.metrics, alarm, at), at, alarm.StateValue));
      }
      this.evaluatedUntil.set(alarm.AlarmName, end);
    }
  }

  private transition(
    alarm: MetricAlarm,
    v: { state: AlarmStateValue; reason: string; reasonData: string },
  ): void {
    const now = this.world.clock.nowMs();
    const changed = v.state !== alarm.StateValue;
    if (!changed && v.reason === alarm.StateReason) return;
    alarm.StateReason = v.reason;
    alarm.StateReasonData = v.reasonData || undefined;
    alarm.StateUpdatedTimestamp = now;
    if (!changed) return;
    const from = alarm.StateValue;
    alarm.StateValue = v.state;
    alarm.StateTransitionedTimestamp = now;
    this.world.record('alarm-state', alarm.AlarmArn, {
      alarm: alarm.AlarmName,
      from,
      state: v.state,
      reason: v.reason,
    });
    for (const fn of this.listeners) fn(alarm.AlarmName, v.state, v.reason);
  }

  private ensureEvaluation(): void {
    if (this.cancelEvaluation) return;
    // Metric time is emulated time: the next whole minute is this many emulated ms away.
    const now = this.toMetricTime(this.world.clock.nowMs());
    const toMinute = EVALUATION_INTERVAL_MS - (now % EVALUATION_INTERVAL_MS);
    let cancelEvery: (() => void) | undefined;
    const cancelFirst = this.world.clock.schedule(toMinute, () => {
      cancelEvery = this.world.clock.every(EVALUATION_INTERVAL_MS, () => this.evaluateAll());
      this.evaluateAll();
    });
    this.cancelEvaluation = () => {
      cancelFirst();
      cancelEvery?.();
    };
  }

  snapshot(): unknown {
    return {
      alarms: [...this.alarms.values()],
      metrics: [...this.metrics.series.values()],
    };
  }

  restore(data: unknown): void {
    const d = data as { alarms?: MetricAlarm[]; metrics?: { id: any; buckets: any[] }[] } | undefined;
    if (!d) return;
    this.alarms = new Map((d.alarms ?? []).map((a) => [a.AlarmName, a]));
    this.metrics = new MetricStore();
    for (const s of d.metrics ?? []) {
      this.metrics.series.set(metricKey(s.id), s);
    }
    if (this.alarms.size > 0) this.ensureEvaluation();
  }

  stop(): void {
    this.cancelEvaluation?.();
    this.cancelEvaluation = undefined;
  }
}

type AlarmStatus = Pick<
  MetricAlarm,
  'StateValue' | 'StateReason' | 'StateReasonData' | 'StateUpdatedTimestamp' | 'StateTransitionedTimestamp'
>;

function pickStatus(a: MetricAlarm): AlarmStatus {
  return {
    StateValue: a.StateValue,
    StateReason: a.StateReason,
    StateReasonData: a.StateReasonData,
    StateUpdatedTimestamp: a.StateUpdatedTimestamp,
    StateTransitionedTimestamp: a.StateTransitionedTimestamp,
  };
}
