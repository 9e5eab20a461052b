import type {
  TaskRuntime,
  RuntimeTaskSpec,
  RuntimeTaskEvents,
  ProbeResult,
  ResourceUsage,
} from '../../../emulator/src/core/runtime';
import { startEmulator, type RunningEmulator } from '../../../emulator/src';

/**
 * A runtime that runs nothing, for tests of the emulator's core and its non-ECS services
 * (the simulated runtime is another module's and may not exist yet). It counts shutdowns so
 * tests can see that stop and reset reach the runtime.
 */
export class FakeRuntime implements TaskRuntime {
  readonly kind = 'simulated' as const;
  shutdowns = 0;
  private next = 10;
  allocateAddress(): string {
    return `127.0.9.${this.next++}`;
  }
  releaseAddress(): void {}
  async startTask(_spec: RuntimeTaskSpec, events: RuntimeTaskEvents): Promise<void> {
    events.onRunning();
  }
  async stopTask(): Promise<{ exitCodes: Record<string, number | null> }> {
    return { exitCodes: {} };
  }
  async probe(): Promise<ProbeResult> {
    return { statusCode: 200, durationMs: 1 };
  }
  async usage(): Promise<ResourceUsage | undefined> {
    return undefined;
  }
  async shutdown(): Promise<void> {
    this.shutdowns++;
  }
}

/** Fake credentials and the emulator's endpoint, as an SDK client's configuration. */
export function clientConfig(url: string, extra: Record<string, unknown> = {}) {
  return {
    endpoint: url,
    region: 'us-east-1',
    credentials: { accessKeyId: 'AKIDEMULATORTEST', secretAccessKey: 'emulator-test-secret' },
    ...extra,
  };
}

export async function startTestEmulator(
  opts: Parameters<typeof startEmulator>[0] = {},
): Promise<RunningEmulator & { runtime: FakeRuntime }> {
  const runtime = new FakeRuntime();
  const emu = await startEmulator({ port: 0, host: '127.0.0.1', runtime, clock: 'virtual', ...opts });
  return { ...emu, runtime };
}

/** A call to the admin API. */
export async function admin(
  url: string,
  method: string,
  path: string,
  body?: unknown,
): Promise<{ status: number; json: any }> {
  const res = await fetch(`${url}/_emulator/${path}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, json: text ? JSON.parse(text) : undefined };
}
