import type { MetricDatumRecord } from '../../core/contracts';

/** A metric's identity: namespace, name and dimensions (order does not matter, as in CloudWatch). */
export interface MetricId {
  namespace: string;
  metricName: string;
  dimensions: { Name: string; Value: string }[];
}

/** One minute of a metric, aggregated as CloudWatch stores standard-resolution data. */
export interface Bucket {
  startMs: number;
  sampleCount: number;
  sum: number;
  minimum: number;
  maximum: number;
  unit?: string;
}

export const STATISTICS = ['SampleCount', 'Average', 'Sum', 'Minimum', 'Maximum'] as const;
export type Statistic = (typeof STATISTICS)[number];

const MINUTE_MS = 60_000;
/** CloudWatch keeps one-minute data for 15 days; the emulator keeps the newest 3 days of minutes. */
const MAX_BUCKETS = 3 * 24 * 60;

export function metricKey(m: MetricId): string {
  const dims = [...m.dimensions]
    .sort((a, b) => a.Name.localeCompare(b.Name))
    .map((d) => `${d.Name}=${d.Value}`)
    .join(',');
  return `${m.namespace}|${m.metricName}|${dims}`;
}

/** Every metric's one-minute buckets, oldest first. */
export class MetricStore {
  readonly series = new Map<string, { id: MetricId; buckets: Bucket[] }>();

  put(d: MetricDatumRecord, nowMs: number): void {
    const id = { namespace: d.namespace, metricName: d.metricName, dimensions: d.dimensions };
    const key = metricKey(id);
    let s = this.series.get(key);
    if (!s) this.series.set(key, (s = { id, buckets: [] }));
    const startMs = Math.floor((d.timestampMs ?? nowMs) / MINUTE_MS) * MINUTE_MS;
    let i = s.buckets.length;
    while (i > 0 && s.buckets[i - 1].startMs > startMs) i--;
    const b = s.buckets[i - 1];
    if (b && b.startMs === startMs) {
      b.sampleCount += 1;
      b.sum += d.value;
      b.minimum = Math.min(b.minimum, d.value);
      b.maximum = Math.max(b.maximum, d.value);
    } else {
      s.buckets.splice(i, 0, {
        startMs,
        sampleCount: 1,
        sum: d.value,
        minimum: d.value,
        maximum: d.value,
        ...(d.unit ? { unit: d.unit } : {}),
      });
      if (s.buckets.length > MAX_BUCKETS) s.buckets.splice(0, s.buckets.length - MAX_BUCKETS);
    }
  }

  /**
   * One aggregate per period in [startMs, endMs) that has data: the periods start at multiples of
   * `periodSeconds` since the epoch, as CloudWatch aligns them.
   */
  aggregate(id: MetricId, periodSeconds: number, startMs: number, endMs: number): Bucket[] {
    const s = this.series.get(metricKey(id));
    if (!s) return [];
    const periodMs = periodSeconds * 1000;
    const out = new Map<number, Bucket>();
    for (const b of s.buckets) {
      if (b.startMs < startMs || b.startMs >= endMs) continue;
      const p = Math.floor(b.startMs / periodMs) * periodMs;
      const agg = out.get(p);
      if (!agg) out.set(p, { ...b, startMs: p });
      else {
        agg.sampleCount += b.sampleCount;
        agg.sum += b.sum;
        agg.minimum = Math.min(agg.minimum, b.minimum);
        agg.maximum = Math.max(agg.maximum, b.maximum);
      }
    }
    return [...out.values()].sort((a, b) => a.startMs - b.startMs);
  }

  /** Metrics matching a namespace, name and dimension filter (ListMetrics). */
  list(filter: { namespace?: string; metricName?: string; dimensions?: { Name: string; Value?: string }[] }) {
    return [...this.series.values()]
      .map((s) => s.id)
      .filter(
        (id) =>
          (!filter.namespace || id.namespace === filter.namespace) &&
          (!filter.metricName || id.metricName === filter.metricName) &&
          (filter.dimensions ?? []).every((f) =>
            id.dimensions.some((d) => d.Name === f.Name && (f.Value === undefined || d.Value === f.Value)),
          ),
      );
  }
}

export function statValue(b: Bucket, stat: Statistic): number {
  switch (stat) {
    case 'SampleCount':
      return b.sampleCount;
    case 'Sum':
      return b.sum;
    case 'Minimum':
      return b.minimum;
    case 'Maximum':
      return b.maximum;
    case 'Average':
      return b.sum / b.sampleCount;
  }
}
