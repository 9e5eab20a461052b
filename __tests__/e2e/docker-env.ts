/**
 * What the end-to-end suites with real containers share: whether Docker and docker-registry are
 * here (skip, or fail in CI), the world they run in (the Node base image the example builds on, a
 * real registry behind ECR, the emulator with the Docker runtime), and HTTP to the load balancer's
 * data plane as curl would send it (127.0.0.1, the port that really serves the listener, the Host
 * header).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmulator } from '../../emulator/src/index';
import { DEFAULT_REGISTRY_BINARY, startRegistry, type LocalRegistry } from '../../emulator/src/registry';
import { acquireDockerLock, releaseDockerLock } from '../helpers/docker-lock';
import { admin, Emulator, ROOT } from './harness';

/** Why the real-container suites cannot run here, or undefined when they can. */
export function dockerReadiness(): string | undefined {
  const info = spawnSync('docker', ['info', '--format', '{{.ServerVersion}}'], {
    timeout: 5000,
    encoding: 'utf8',
  });
  if (info.error || info.status !== 0 || !info.stdout.trim())
    return `no Docker daemon answered 'docker info' within 5 s (${info.error?.message ?? info.stderr.trim().split('\n').pop() ?? 'no output'})`;
  if (!existsSync(DEFAULT_REGISTRY_BINARY))
    return `${DEFAULT_REGISTRY_BINARY} is missing (apt-get install docker-registry)`;
  return undefined;
}

/**
 * Declares `suite` under `name` when Docker and docker-registry are here, and holds the docker lock
 * around it (one real-container suite at a time, see the helper). Without them the file is skipped
 * with a message, except in CI (CI=true), where .ci/run installs and starts both, so their absence
 * fails the run.
 */
export function describeWithDocker(name: string, suite: () => void): void {
  const notReady = dockerReadiness();
  if (notReady && process.env.CI === 'true') {
    test('Docker and docker-registry are available in CI', () => {
      throw new Error(
        `the end-to-end tests with real containers cannot run: ${notReady}. .ci/run installs and starts them.`,
      );
    });
  } else if (notReady) {
    console.warn(`skipping the Docker end-to-end tests: ${notReady}`);
    test.skip(`real containers (skipped: ${notReady})`, () => undefined);
  } else {
    describe(name, () => {
      // Held from before this suite's setup to after its cleanup.
      beforeAll(acquireDockerLock, 13 * 60_000);
      afterAll(releaseDockerLock);
      suite();
    });
  }
}

export interface DockerWorld {
  emu: Emulator;
  registry: LocalRegistry;
  /** The FROM-scratch Node base image the example builds on offline (the `NODE_IMAGE` build arg). */
  baseImage: string;
  /** A temporary folder of the suite's own (the registry's data, the action's docker config). */
  workDir: string;
  /** The Docker runtime's label value on every container of this emulator. */
  instanceId: string;
  stop(): Promise<void>;
}

/** The base image, a real registry and an emulator with the Docker runtime (listeners on ephemeral ports). */
export async function startDockerWorld(options: {
  timeScale: number;
  log?: (line: string) => void;
}): Promise<DockerWorld> {
  const workDir = mkdtempSync(join(tmpdir(), 'ecs-deploy-e2e-docker-'));
  const base = spawnSync('bash', [join(ROOT, 'scripts', 'node-base-image.sh')], {
    timeout: 10 * 60_000,
    encoding: 'utf8',
  });
  if (base.status !== 0) throw new Error(`scripts/node-base-image.sh failed: ${base.stderr}`);
  const baseImage = base.stdout.trim().split('\n').pop()!;
  const registry = await startRegistry({ dataDir: join(workDir, 'registry') });
  const emu = await startEmulator({
    port: 0,
    timeScale: options.timeScale,
    runtime: 'docker',
    registry: { host: registry.host, username: registry.username, password: registry.password },
    lbPort: 0,
    log: options.log,
  });
  const instanceId = (emu.world.runtime as unknown as { instanceId: string }).instanceId;
  return {
    emu,
    registry,
    baseImage,
    workDir,
    instanceId,
    async stop() {
      await emu.stop();
      await registry.stop();
      rmSync(workDir, { recursive: true, force: true });
    },
  };
}

/** The local port that serves the listener of the action's `url` (the data plane may fall back from 80). */
export async function servedPort(emulatorUrl: string, pageUrl: string): Promise<number> {
  const u = new URL(pageUrl);
  const lbs = (await admin(emulatorUrl).call('GET', 'load-balancers')).loadBalancers as {
    dnsName: string;
    listeners: { port: number; url: string }[];
  }[];
  const served = lbs
    .find((l) => l.dnsName === u.hostname)!
    .listeners.find((l) => l.port === Number(u.port || 80))!;
  return Number(new URL(served.url).port || 80);
}

/** One GET to 127.0.0.1:port with the Host header; rejects on a connection error or after 10 s. */
export function request(
  port: number,
  path: string,
  host: string,
  agent?: http.Agent,
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.get(
      { host: '127.0.0.1', port, path, headers: { host }, agent: agent ?? false },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (d: string) => (body += d));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
        res.on('error', reject);
      },
    );
    req.setTimeout(10_000, () => req.destroy(new Error(`no answer from 127.0.0.1:${port} within 10 s`)));
    req.on('error', reject);
  });
}
