/**
 * The emulator as the benchmarks use it: in this process, simulated runtime, loopback only, no load
 * balancer data plane (the health checker probes the simulated tasks directly), and its admin API
 * read over HTTP as a user would read it.
 */
import { startEmulator } from '../../emulator/src/index';
import type { ImageBehaviour } from '../../emulator/src/core/world';

export type BenchEmulator = Awaited<ReturnType<typeof startEmulator>>;

export interface TimelineEvent {
  at: string;
  kind: string;
  resource: string;
  detail: Record<string, unknown>;
}

export interface CallRecord {
  at: string;
  service: string;
  operation: string;
  status: number;
  errorCode?: string;
  durationMs: number;
}

export function startBenchEmulator(timeScale: number): Promise<BenchEmulator> {
  return startEmulator({
    port: 0,
    host: '127.0.0.1',
    timeScale,
    runtime: 'simulated',
    dataPlane: false,
    log: () => {},
  });
}

export function adminApi(url: string) {
  const call = async (method: string, path: string, body?: unknown): Promise<any> => {
    const res = await fetch(`${url}/_emulator/${path}`, {
      method,
      headers: { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(10_000),
    });
    const text = await res.text();
    if (!res.ok) throw new Error(`admin ${method} ${path}: ${res.status} ${text}`);
    return text ? JSON.parse(text) : undefined;
  };
  return {
    declareImage: (repository: string, tag: string) => call('PUT', 'ecr/images', { repository, tag }),
    /** How the simulated tasks of an image behave (crash, health-check answer, slow start). */
    behave: (image: string, behaviour: ImageBehaviour) => call('PUT', 'images', { image, behaviour }),
    addFault: (rule: Record<string, unknown>) => call('POST', 'faults', rule),
    faults: async (): Promise<{ faults: { id: string; operation?: string; injected: number }[] }> =>
      call('GET', 'faults'),
    clearFaults: () => call('DELETE', 'faults'),
    calls: async (since?: number): Promise<CallRecord[]> =>
      (await call('GET', `calls${since === undefined ? '' : `?since=${since}`}`)).calls,
    clearCalls: () => call('DELETE', 'calls'),
    timeline: async (kind?: string): Promise<TimelineEvent[]> =>
      (await call('GET', `timeline${kind ? `?kind=${encodeURIComponent(kind)}` : ''}`)).events,
  };
}

export type AdminApi = ReturnType<typeof adminApi>;

export const ecrImage = (repo: string, tag: string) =>
  `000000000000.dkr.ecr.us-east-1.amazonaws.com/${repo}:${tag}`;

export const sdkClientConfig = (endpoint: string) => ({
  endpoint,
  region: 'us-east-1',
  credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
});

/** Target-group settings of a scenario, as the action's inputs. */
export interface TargetGroupSettings {
  label: string;
  interval: number;
  healthyThreshold: number;
  deregistrationDelay: number;
}

export const AWS_DEFAULTS: TargetGroupSettings = {
  label: 'AWS defaults (30 s x 5, drain 300 s)',
  interval: 30,
  healthyThreshold: 5,
  deregistrationDelay: 300,
};

export const ACTION_DEFAULTS: TargetGroupSettings = {
  label: 'action defaults (10 s x 2, drain 30 s)',
  interval: 10,
  healthyThreshold: 2,
  deregistrationDelay: 30,
};

export const targetGroupInputs = (tg: TargetGroupSettings): Record<string, string> => ({
  'health-check-interval': String(tg.interval),
  'healthy-threshold': String(tg.healthyThreshold),
  'deregistration-delay': String(tg.deregistrationDelay),
});
