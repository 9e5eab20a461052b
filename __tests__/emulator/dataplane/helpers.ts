import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import type {
  ProbeResult,
  RuntimeTaskEvents,
  RuntimeTaskSpec,
  TaskRuntime,
} from '../../../emulator/src/core/runtime';

/**
 * A task runtime for data-plane tests: tasks "run" at once (nothing is started) and health checks are
 * real HTTP requests, so the emulator's health checker sees the test's own loopback HTTP servers
 * exactly as it would see containers.
 */
export class LoopbackRuntime implements TaskRuntime {
  readonly kind = 'simulated' as const;
  private nextAddress = 1;
  allocateAddress(): string {
    return `127.0.9.${this.nextAddress++ % 250}`;
  }
  releaseAddress(): void {}
  async startTask(_spec: RuntimeTaskSpec, events: RuntimeTaskEvents): Promise<void> {
    setImmediate(() => events.onRunning());
  }
  async stopTask() {
    return { exitCodes: {} };
  }
  probe(ip: string, port: number, path: string, timeoutMs: number): Promise<ProbeResult> {
    const began = Date.now();
    return new Promise((resolve) => {
      const req = http.get({ host: ip, port, path, timeout: timeoutMs, agent: false }, (res) => {
        res.resume();
        resolve({ statusCode: res.statusCode, durationMs: Date.now() - began });
      });
      req.on('timeout', () => {
        req.destroy();
        resolve({ error: 'timeout', durationMs: Date.now() - began });
      });
      req.on('error', (e: NodeJS.ErrnoException) =>
        resolve({ error: e.code === 'ECONNREFUSED' ? 'refused' : 'error', durationMs: Date.now() - began }),
      );
    });
  }
  async usage() {
    return undefined;
  }
  async shutdown(): Promise<void> {}
}

/**
 * A target: an HTTP server on its own loopback address that answers with its name and the headers it
 * received. `/health` answers 200; `/slow` is held until the test calls `release()`; `/hang` never answers.
 */
export class TargetServer {
  readonly server: http.Server;
  port = 0;
  slowArrived = 0;
  private held: http.ServerResponse[] = [];
  private hung: http.ServerResponse[] = [];

  constructor(
    readonly name: string,
    readonly ip: string,
  ) {
    this.server = http.createServer((req, res) => {
      if (req.url === '/health') {
        res.end('ok');
        return;
      }
      if (req.url === '/slow') {
        this.slowArrived++;
        this.held.push(res);
        return;
      }
      if (req.url === '/hang') {
        this.hung.push(res);
        return;
      }
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        res.setHeader('content-type', 'application/json');
        res.end(
          JSON.stringify({
            name: this.name,
            url: req.url,
            method: req.method,
            headers: req.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
      });
    });
  }

  async start(): Promise<this> {
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(0, this.ip, () => resolve());
    });
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  release(): void {
    for (const res of this.held.splice(0)) res.end(`${this.name} finished slowly`);
  }

  async stop(): Promise<void> {
    this.release();
    for (const res of this.hung.splice(0)) res.destroy();
    await new Promise<void>((resolve) => {
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
  }
}

export interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** One request to the data plane on 127.0.0.1, with the given Host (Node does not resolve *.localhost). */
export function send(
  port: number,
  host: string,
  path = '/',
  opts: { method?: string; body?: string; headers?: Record<string, string> } = {},
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        path,
        method: opts.method ?? 'GET',
        headers: { host, ...opts.headers },
        agent: false,
        timeout: 10_000,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(new Error(`no answer from 127.0.0.1:${port}${path} in 10 s`)));
    req.on('error', reject);
    req.end(opts.body);
  });
}
