import http from 'node:http';
import { mkdtempSync, readFileSync, existsSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import {
  DockerRuntime,
  HealthChecker,
  containerName,
  dockerRunArgs,
  healthCommand,
  httpProbe,
  imageRegistryHost,
  orderForNetwork,
  parsePool,
  parseSize,
  usageFromStats,
} from '../../../emulator/src/runtime/docker';
import type { RuntimeContainerSpec, RuntimeTaskSpec } from '../../../emulator/src/core/runtime';
import { World } from '../../../emulator/src/core/world';
import { Clock } from '../../../emulator/src/core/clock';

function container(over: Partial<RuntimeContainerSpec> = {}): RuntimeContainerSpec {
  return {
    name: 'web',
    image: '127.0.0.1:5000/app:v1',
    essential: true,
    environment: [],
    portMappings: [],
    ...over,
  };
}

function task(containers: RuntimeContainerSpec[], over: Partial<RuntimeTaskSpec> = {}): RuntimeTaskSpec {
  return {
    taskArn: 'arn:aws:ecs:us-east-1:000000000000:task/c/abc',
    taskId: 'abc',
    family: 'web',
    ip: '127.1.0.7',
    cpu: 256,
    memory: 512,
    containers,
    ...over,
  };
}

const opts = {
  dockerName: 'ecs-abc-web',
  publishPorts: [],
  region: 'eu-west-1',
  labels: { 'ecs-emulator.managed': 'true' },
};

describe('dockerRunArgs', () => {
  it('publishes the ports on the task address, sets limits, labels, Fargate env and the task definition env', () => {
    const c = container({
      environment: [
        { name: 'APP_VERSION', value: 'v1' },
        { name: 'AWS_REGION', value: 'us-west-2' },
      ],
      portMappings: [{ containerPort: 3000 }],
    });
    const args = dockerRunArgs(task([c]), c, {
      ...opts,
      publishPorts: [
        { containerPort: 3000 },
        { containerPort: 3000, protocol: 'tcp' },
        { containerPort: 53, protocol: 'udp' },
      ],
    });
    expect(args.slice(0, 4)).toEqual(['run', '--detach', '--name', 'ecs-abc-web']);
    expect(args).toEqual(
      expect.arrayContaining(['--label', 'ecs-emulator.managed=true', '--hostname', 'ip-127-1-0-7']),
    );
    expect(args.filter((a, i) => args[i - 1] === '--publish')).toEqual([
      '127.1.0.7:3000:3000/tcp',
      '127.1.0.7:53:53/udp',
    ]);
    expect(args[args.indexOf('--cpus') + 1]).toBe('0.25');
    expect(args[args.indexOf('--memory') + 1]).toBe('512m');
    const env = args.filter((a, i) => args[i - 1] === '--env');
    expect(env).toEqual(
      expect.arrayContaining([
        'APP_VERSION=v1',
        'AWS_REGION=us-west-2',
        'AWS_DEFAULT_REGION=eu-west-1',
        'AWS_EXECUTION_ENV=AWS_ECS_FARGATE',
      ]),
    );
    expect(env).not.toContain('AWS_REGION=eu-west-1');
    expect(args[args.length - 1]).toBe('127.0.0.1:5000/app:v1');
    expect(args).not.toContain('--network');
  });

  it('joins the first container network namespace and publishes nothing itself', () => {
    const c = container({ name: 'sidecar', essential: false, portMappings: [{ containerPort: 9000 }] });
    const args = dockerRunArgs(task([c]), c, { ...opts, networkOwner: 'ecs-abc-web' });
    expect(args[args.indexOf('--network') + 1]).toBe('container:ecs-abc-web');
    expect(args).not.toContain('--publish');
    expect(args).not.toContain('--hostname');
  });

  it('uses the container cpu and memory when set, and the reservation', () => {
    const c = container({ cpu: 512, memory: 300, memoryReservation: 128 });
    const args = dockerRunArgs(task([c], { cpu: 1024, memory: 2048 }), c, opts);
    expect(args[args.indexOf('--cpus') + 1]).toBe('0.5');
    expect(args[args.indexOf('--memory') + 1]).toBe('300m');
    expect(args[args.indexOf('--memory-reservation') + 1]).toBe('128m');
  });

  it('splits a multi-word entryPoint and appends the command after the image', () => {
    const c = container({ entryPoint: ['/bin/sh', '-c'], command: ['echo hi'] });
    const args = dockerRunArgs(task([c]), c, opts);
    expect(args[args.indexOf('--entrypoint') + 1]).toBe('/bin/sh');
    expect(args.slice(args.indexOf(c.image))).toEqual([c.image, '-c', 'echo hi']);
  });

  it('passes a command alone without touching the entrypoint', () => {
    const c = container({ command: ['node', 'server.js'] });
    const args = dockerRunArgs(task([c]), c, opts);
    expect(args).not.toContain('--entrypoint');
    expect(args.slice(-3)).toEqual([c.image, 'node', 'server.js']);
  });
});

describe('small pure helpers', () => {
  it('puts the first essential container first (it owns the network namespace)', () => {
    const a = container({ name: 'init', essential: false });
    const b = container({ name: 'app', essential: true });
    expect(orderForNetwork([a, b]).map((c) => c.name)).toEqual(['app', 'init']);
    expect(orderForNetwork([b, a]).map((c) => c.name)).toEqual(['app', 'init']);
  });

  it('names containers safely', () => {
    expect(containerName('0123abcd', 'web app/1')).toBe('ecs-0123abcd-web_app_1');
  });

  it('finds the registry host of an image reference as Docker does', () => {
    expect(imageRegistryHost('127.0.0.1:5000/app:v1')).toBe('127.0.0.1:5000');
    expect(imageRegistryHost('localhost/app')).toBe('localhost');
    expect(imageRegistryHost('library/node:24')).toBeUndefined();
    expect(imageRegistryHost('node:24-alpine')).toBeUndefined();
    expect(imageRegistryHost('000000000000.dkr.ecr.us-east-1.amazonaws.com/app@sha256:ab')).toBe(
      '000000000000.dkr.ecr.us-east-1.amazonaws.com',
    );
  });

  it('turns ECS health-check commands into exec commands', () => {
    expect(healthCommand(['CMD', '/busybox', 'wget', '-q', 'http://127.0.0.1/'])).toEqual([
      '/busybox',
      'wget',
      '-q',
      'http://127.0.0.1/',
    ]);
    expect(healthCommand(['CMD-SHELL', 'curl -f http://localhost/ || exit 1'])).toEqual([
      '/bin/sh',
      '-c',
      'curl -f http://localhost/ || exit 1',
    ]);
  });

  it('parses docker sizes and stats into task usage', () => {
    expect(parseSize('636KiB')).toBe(651264);
    expect(parseSize('1.5MiB')).toBe(1572864);
    expect(parseSize('2GB')).toBe(2e9);
    expect(parseSize('0B')).toBe(0);
    const stats = [
      JSON.stringify({ CPUPerc: '12.50%', MemUsage: '64MiB / 512MiB' }),
      JSON.stringify({ CPUPerc: '0.00%', MemUsage: '64MiB / 512MiB' }),
    ].join('\n');
    // 12.5% of one core is 50% of a quarter vCPU; 128 MiB of 512 MiB is 25%.
    expect(usageFromStats(stats, 256, 512)).toEqual({ cpuPercent: 50, memoryPercent: 25 });
    expect(usageFromStats('', 256, 512)).toBeUndefined();
  });

  it('accepts only loopback pools', () => {
    expect(parsePool('127.1.0.0/16')).toEqual({ first: (127 << 24) + (1 << 16) + 1, count: 65534 });
    expect(() => parsePool('10.0.0.0/16')).toThrow(/loopback/);
    expect(() => parsePool('127.1.0.0')).toThrow(/CIDR/);
  });
});

describe('HealthChecker.record', () => {
  const scale = new Clock();
  const exec = async () => ({ code: 0, stdout: '', stderr: '' });

  it('ignores failures in the start period, turns HEALTHY on success and UNHEALTHY after retries failures', () => {
    const seen: string[] = [];
    const hc = new HealthChecker(
      { command: ['CMD', 'true'], retries: 2, startPeriod: 10 },
      scale,
      exec,
      (s) => seen.push(s),
    );
    hc.record(false, 1000);
    hc.record(false, 2000);
    expect(hc.status).toBe('UNKNOWN');
    hc.record(true, 3000);
    hc.record(false, 11000);
    expect(hc.status).toBe('HEALTHY');
    hc.record(false, 12000);
    hc.record(true, 13000);
    expect(seen).toEqual(['HEALTHY', 'UNHEALTHY', 'HEALTHY']);
  });

  it('counts failures in a row only', () => {
    const seen: string[] = [];
    const hc = new HealthChecker({ command: ['CMD', 'true'], retries: 3 }, scale, exec, (s) => seen.push(s));
    hc.record(false, 1);
    hc.record(false, 2);
    hc.record(true, 3);
    hc.record(false, 4);
    hc.record(false, 5);
    expect(seen).toEqual(['HEALTHY']);
    hc.record(false, 6);
    expect(seen).toEqual(['HEALTHY', 'UNHEALTHY']);
  });
});

describe('httpProbe', () => {
  let server: http.Server;
  let port: number;
  beforeAll(async () => {
    server = http.createServer((req, res) => {
      if (req.url === '/slow') return; // never answers
      res.writeHead(req.url === '/health' ? 200 : 503).end();
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((r) => server.close(r));
  });

  it('answers the status code, timeout and refused', async () => {
    expect((await httpProbe('127.0.0.1', port, '/health', 2000)).statusCode).toBe(200);
    expect((await httpProbe('127.0.0.1', port, 'other', 2000)).statusCode).toBe(503);
    expect((await httpProbe('127.0.0.1', port, '/slow', 200)).error).toBe('timeout');
    const closed = http.createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
    const closedPort = (closed.address() as AddressInfo).port;
    await new Promise((r) => closed.close(r));
    expect((await httpProbe('127.0.0.1', closedPort, '/', 2000)).error).toBe('refused');
  });
});

describe('DockerRuntime addresses', () => {
  // No daemon needed: a CLI that always fails stands in for docker.
  function runtime(dir: string, pool = '127.1.0.0/29') {
    const world = new World({
      runtime: (w) =>
        new DockerRuntime(w, {
          addressPool: pool,
          reservationDir: dir,
          docker: '/bin/false',
          registry: false,
        }),
    });
    return world.runtime as DockerRuntime;
  }

  it('hands out one address per task, round robin, reserved across runtimes, and released', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'addr-test-'));
    const a = runtime(dir);
    const b = runtime(dir);
    const ipA = a.allocateAddress('10.0.0.0/24');
    const ipB = b.allocateAddress('10.0.0.0/24');
    expect(ipA).toBe('127.1.0.1');
    expect(ipB).toBe('127.1.0.2'); // the other runtime holds .1
    expect(readFileSync(path.join(dir, ipA), 'utf8')).toBe(String(process.pid));
    a.releaseAddress(ipA);
    expect(existsSync(path.join(dir, ipA))).toBe(false);
    expect(a.allocateAddress('x')).toBe('127.1.0.3'); // not the one just released
    expect(a.addressesInUse()).toEqual(['127.1.0.3']);
  });

  it('takes over an address whose owner process is gone, and fails when the pool is exhausted', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'addr-test-'));
    writeFileSync(path.join(dir, '127.1.0.1'), '999999999');
    const a = runtime(dir, '127.1.0.0/30'); // two usable addresses
    expect(a.allocateAddress('x')).toBe('127.1.0.1');
    expect(a.allocateAddress('x')).toBe('127.1.0.2');
    expect(() => a.allocateAddress('x')).toThrow(/no free loopback address/);
  });
});
