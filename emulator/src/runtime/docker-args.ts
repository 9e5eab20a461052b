import { spawn } from 'node:child_process';
import http from 'node:http';
import type { ProbeResult, ResourceUsage, RuntimeContainerSpec, RuntimeTaskSpec } from '../core/runtime';
import { ipv4ToInt } from '../core/ipv4';

/**
 * The Docker runtime's parts that need no runtime state: `docker run` arguments, address pools,
 * sizes and stats, the HTTP probe, and running the docker CLI (bounded in time, line by line).
 */

export const DEFAULT_ADDRESS_POOL = '127.1.0.0/16';
const MAX_LOG_LINE = 256 * 1024; // CloudWatch Logs' event size limit

export interface RunArgsOptions {
  dockerName: string;
  /** Docker name of the container whose network namespace this one joins (all but the first). */
  networkOwner?: string;
  /** Ports the network owner publishes on the task's address: every container's, since they share it. */
  publishPorts: RuntimeContainerSpec['portMappings'];
  region: string;
  labels: Record<string, string>;
}

/** The `docker run` arguments for one container of a task. */
export function dockerRunArgs(task: RuntimeTaskSpec, c: RuntimeContainerSpec, o: RunArgsOptions): string[] {
  const args = ['run', '--detach', '--name', o.dockerName];
  for (const [k, v] of Object.entries(o.labels)) args.push('--label', `${k}=${v}`);
  // `docker logs` reads only the json-file and local drivers; the daemon's default may be another one.
  args.push('--log-driver', 'json-file', '--log-opt', 'max-size=20m', '--log-opt', 'max-file=2');
  if (o.networkOwner) {
    // awsvpc: every container of the task shares one network namespace (localhost between them).
    args.push('--network', `container:${o.networkOwner}`);
  } else {
    args.push('--hostname', `ip-${task.ip.replace(/\./g, '-')}`);
    const seen = new Set<string>();
    for (const pm of o.publishPorts) {
      const proto = (pm.protocol ?? 'tcp').toLowerCase() === 'udp' ? 'udp' : 'tcp';
      const hostPort = pm.hostPort || pm.containerPort;
      const key = `${hostPort}/${proto}`;
      if (seen.has(key)) continue;
      seen.add(key);
      args.push('--publish', `${task.ip}:${hostPort}:${pm.containerPort}/${proto}`);
    }
  }
  // Task cpu/memory bound the whole task on Fargate; Docker has no task-level cgroup here, so each
  // container gets its own figure, or the task's as an upper bound.
  const cpuUnits = c.cpu && c.cpu > 0 ? c.cpu : task.cpu;
  if (cpuUnits > 0) args.push('--cpus', trimNumber(cpuUnits / 1024));
  const memory = c.memory && c.memory > 0 ? c.memory : task.memory;
  if (memory > 0) args.push('--memory', `${Math.round(memory)}m`);
  if (c.memoryReservation && c.memoryReservation > 0 && c.memoryReservation <= memory) {
    args.push('--memory-reservation', `${Math.round(c.memoryReservation)}m`);
  }
  // What Fargate puts in every container's environment; the task definition's own values win.
  const env = new Map<string, string>([
    ['AWS_REGION', o.region],
    ['AWS_DEFAULT_REGION', o.region],
    ['AWS_EXECUTION_ENV', 'AWS_ECS_FARGATE'],
  ]);
  for (const e of c.environment) env.set(e.name, e.value);
  for (const [k, v] of env) args.push('--env', `${k}=${v}`);
  const entryPoint = c.entryPoint && c.entryPoint.length > 0 ? c.entryPoint : undefined;
  // Entrypoint takes one word; the rest of an entryPoint array goes before the command. Like
  // ECS (and the Engine API), an entryPoint override drops the image's CMD when no command is given.
  if (entryPoint) args.push('--entrypoint', entryPoint[0]);
  args.push(c.image);
  if (entryPoint) args.push(...entryPoint.slice(1));
  if (c.command && c.command.length > 0) args.push(...c.command);
  return args;
}

/** The first essential container owns the task's network namespace: it is the one that must live. */
export function orderForNetwork(containers: RuntimeContainerSpec[]): RuntimeContainerSpec[] {
  const i = containers.findIndex((c) => c.essential);
  if (i <= 0) return containers.slice();
  return [containers[i], ...containers.slice(0, i), ...containers.slice(i + 1)];
}

export function containerName(taskId: string, container: string): string {
  return `ecs-${taskId}-${container}`.replace(/[^a-zA-Z0-9_.-]/g, '_').slice(0, 200);
}

/** The registry host of an image reference, as Docker decides it (undefined: Docker Hub). */
export function imageRegistryHost(image: string): string | undefined {
  const slash = image.indexOf('/');
  if (slash < 0) return undefined;
  const first = image.slice(0, slash);
  return first.includes('.') || first.includes(':') || first === 'localhost' ? first : undefined;
}

/** `docker stats` JSON lines -> usage of the task's cpu units and memory. */
export function usageFromStats(
  output: string,
  taskCpuUnits: number,
  taskMemoryMiB: number,
): ResourceUsage | undefined {
  let cpu = 0;
  let memBytes = 0;
  let rows = 0;
  for (const line of output.split('\n')) {
    if (!line.trim()) continue;
    let row: { CPUPerc?: string; MemUsage?: string };
    try {
      row = JSON.parse(line) as typeof row;
    } catch {
      continue;
    }
    rows++;
    cpu += Number.parseFloat(row.CPUPerc ?? '0') || 0; // percent of one host core
    memBytes += parseSize((row.MemUsage ?? '').split('/')[0]);
  }
  if (rows === 0) return undefined;
  const cores = taskCpuUnits > 0 ? taskCpuUnits / 1024 : 1;
  return {
    cpuPercent: round2(cpu / cores),
    memoryPercent: taskMemoryMiB > 0 ? round2((memBytes / (taskMemoryMiB * 1024 * 1024)) * 100) : 0,
  };
}

export function parseSize(text: string): number {
  const m = /^\s*([\d.]+)\s*([KMGTP]?i?B|[kKMGTP]B?)?\s*$/.exec(text);
  if (!m) return 0;
  const n = Number.parseFloat(m[1]);
  const unit = (m[2] ?? 'B').toUpperCase();
  const binary = unit.includes('I');
  const power = 'BKMGTP'.indexOf(unit[0]);
  return Math.round(n * Math.pow(binary ? 1024 : 1000, Math.max(0, power)));
}

/** One HTTP GET as the load balancer's health checker makes it. */
export function httpProbe(
  ip: string,
  port: number,
  urlPath: string,
  timeoutMs: number,
): Promise<ProbeResult> {
  const started = Date.now();
  return new Promise((resolve) => {
    let done = false;
    const finish = (r: Omit<ProbeResult, 'durationMs'>) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      resolve({ ...r, durationMs: Date.now() - started });
    };
    const req = http.get(
      {
        host: ip,
        port,
        path: urlPath.startsWith('/') ? urlPath : `/${urlPath}`,
        agent: false,
        headers: { 'user-agent': 'ELB-HealthChecker/2.0' },
      },
      (res) => {
        res.resume();
        finish({ statusCode: res.statusCode });
      },
    );
    // One deadline for connect and answer, as the target group's HealthCheckTimeoutSeconds is.
    const timer = setTimeout(() => {
      finish({ error: 'timeout' });
      req.destroy();
    }, timeoutMs);
    req.on('error', (err: NodeJS.ErrnoException) =>
      finish({ error: err.code === 'ECONNREFUSED' ? 'refused' : 'error' }),
    );
  });
}

/** Whether a Docker daemon answers (the emulator's default runtime choice). */
export async function dockerAvailable(timeoutMs = 5000, docker = 'docker'): Promise<boolean> {
  try {
    const r = await runCli(docker, ['info', '--format', '{{.ServerVersion}}'], { timeoutMs });
    return r.code === 0 && r.stdout.trim().length > 0;
  } catch {
    return false;
  }
}

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(
  bin: string,
  args: string[],
  opts: { input?: string; timeoutMs: number },
): Promise<CliResult> {
  return new Promise((resolve) => {
    const child = spawn(bin, args, { stdio: [opts.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout?.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
    child.stderr?.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    const timer = setTimeout(() => {
      stderr += `\n${bin} ${args[0]} did not finish within ${opts.timeoutMs} ms`;
      child.kill('SIGKILL');
    }, opts.timeoutMs);
    child.on('error', (err) => {
      clearTimeout(timer);
      resolve({ code: null, stdout, stderr: `${stderr}\n${err.message}` });
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
    if (opts.input !== undefined) child.stdin?.end(opts.input);
  });
}

export function lineSplitter(emit: (line: string) => void): { push(d: Buffer): void; end(): void } {
  let pending = '';
  const flush = (line: string) => emit(line.length > MAX_LOG_LINE ? line.slice(0, MAX_LOG_LINE) : line);
  return {
    push(d) {
      pending += d.toString('utf8');
      let nl: number;
      while ((nl = pending.indexOf('\n')) >= 0) {
        flush(pending.slice(0, nl).replace(/\r$/, ''));
        pending = pending.slice(nl + 1);
      }
      if (pending.length > MAX_LOG_LINE) {
        flush(pending);
        pending = '';
      }
    },
    end() {
      if (pending) flush(pending.replace(/\r$/, ''));
      pending = '';
    },
  };
}

export function withTimeout<T>(p: Promise<T>, ms: number): Promise<T | undefined> {
  return new Promise((resolve) => {
    const t = setTimeout(() => resolve(undefined), ms);
    p.then(
      (v) => {
        clearTimeout(t);
        resolve(v);
      },
      () => {
        clearTimeout(t);
        resolve(undefined);
      },
    );
  });
}

export function processAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export function lastLine(text: string): string {
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  return lines[lines.length - 1] ?? '';
}

export function trimNumber(n: number): string {
  return String(Math.round(n * 1000) / 1000);
}

export function round2(n: number): number {
  return Math.round(n * 100) / 100;
}

export function ipToInt(ip: string): number {
  const n = ipv4ToInt(ip);
  if (n === undefined) throw new Error(`not an IPv4 address: ${ip}`);
  return n;
}

/** Usable addresses of a loopback CIDR (network and broadcast addresses left out). */
export function parsePool(cidr: string): { first: number; count: number } {
  const m = /^(\d+\.\d+\.\d+\.\d+)\/(\d+)$/.exec(cidr.trim());
  if (!m) throw new Error(`address pool must be a CIDR such as ${DEFAULT_ADDRESS_POOL}: ${cidr}`);
  const bits = Number(m[2]);
  if (bits < 8 || bits > 30) throw new Error(`address pool prefix must be /8 to /30: ${cidr}`);
  const size = 2 ** (32 - bits);
  const base = ipToInt(m[1]) - (ipToInt(m[1]) % size);
  if (base >>> 24 !== 127) throw new Error(`address pool must be inside the loopback 127.0.0.0/8: ${cidr}`);
  return { first: base + 1, count: size - 2 };
}

export function ipInPool(ip: string, pool: { first: number; count: number }): boolean {
  try {
    const n = ipToInt(ip);
    return n >= pool.first && n < pool.first + pool.count;
  } catch {
    return false;
  }
}
