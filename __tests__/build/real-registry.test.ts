/**
 * Builds and pushes a real image, with the real Docker CLI behind createDocker, to a local
 * distribution registry (Debian's docker-registry). ECR itself is mocked: it hands out the local
 * registry as its endpoint, the way the emulator does. Skipped on a machine without a Docker daemon
 * or the registry, except in CI, where both must be there and their absence fails the test.
 */
import { spawn, spawnSync, type ChildProcess } from 'child_process';
import * as fs from 'fs';
import * as http from 'http';
import * as net from 'net';
import * as os from 'os';
import * as path from 'path';
import { mockClient } from 'aws-sdk-client-mock';
import {
  DescribeImagesCommand,
  DescribeRepositoriesCommand,
  ECRClient,
  GetAuthorizationTokenCommand,
  GetLifecyclePolicyCommand,
  ImageNotFoundException,
} from '@aws-sdk/client-ecr';
import type { AwsClients } from '../../src/aws/clients';
import { lifecyclePolicyText } from '../../src/aws/ecr';
import { readConfig } from '../../src/config/inputs';
import { createDocker } from '../../src/docker/docker';
import { buildAndPush } from '../../src/pipeline/build';
import { MemoryLogger } from '../helpers/memory-logger';
import { bcryptHtpasswdLine } from '../../emulator/src/registry/htpasswd';
import { eventually } from '../helpers/eventually';
import { acquireDockerLock, releaseDockerLock } from '../helpers/docker-lock';

// One real-container suite at a time (see the helper): held from before this suite's setup to after its cleanup.
beforeAll(acquireDockerLock, 13 * 60_000);
afterAll(releaseDockerLock);

const REGISTRY_BIN = '/usr/bin/docker-registry';
const BUSYBOX = '/bin/busybox';
const daemonAnswers = spawnSync('docker', ['info'], { timeout: 20000 }).status === 0;
const available = daemonAnswers && fs.existsSync(REGISTRY_BIN) && fs.existsSync(BUSYBOX);
const runIt = available || process.env.CI === 'true' ? it : it.skip;

const SHA = 'e'.repeat(40);
const USER = 'deployer';
const PASSWORD = `pw-${process.pid}-${Date.now()}`;

let tmp: string;
let registry: ChildProcess | undefined;
let port: number;
let auth = false;

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const p = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(p));
    });
  });
}

function get(
  url: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.get(url, { headers, timeout: 2000 }, (res) => {
      let body = '';
      res.on('data', (d) => (body += d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.on('timeout', () => req.destroy(new Error('timeout')));
  });
}

async function waitForRegistry(): Promise<void> {
  const answer = () =>
    get(`http://127.0.0.1:${port}/v2/`).then(
      (r) => r.status,
      () => 0, // not listening yet
    );
  await eventually(`docker-registry answers on 127.0.0.1:${port}`, answer, (s) => s === 200 || s === 401, {
    intervalMs: 100,
  });
}

beforeAll(async () => {
  if (!available) return;
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'real-registry-'));
  port = await freePort();
  const htpasswd = bcryptHtpasswdLine(USER, PASSWORD);
  auth = htpasswd !== undefined;
  if (htpasswd) fs.writeFileSync(path.join(tmp, 'htpasswd'), `${htpasswd}\n`);
  fs.writeFileSync(
    path.join(tmp, 'config.yml'),
    [
      'version: 0.1',
      'log:',
      '  level: error',
      'storage:',
      '  filesystem:',
      `    rootdirectory: ${path.join(tmp, 'storage')}`,
      'http:',
      `  addr: 127.0.0.1:${port}`,
      ...(auth ? ['auth:', '  htpasswd:', '    realm: test', `    path: ${path.join(tmp, 'htpasswd')}`] : []),
      '',
    ].join('\n'),
  );
  registry = spawn(REGISTRY_BIN, ['serve', path.join(tmp, 'config.yml')], { stdio: 'ignore' });
  await waitForRegistry();

  const app = path.join(tmp, 'app');
  fs.mkdirSync(path.join(app, 'www'), { recursive: true });
  fs.copyFileSync(BUSYBOX, path.join(app, 'busybox'));
  fs.writeFileSync(path.join(app, 'www', 'index.html'), 'hello\n');
  fs.writeFileSync(
    path.join(app, 'Dockerfile'),
    'FROM scratch\nARG GREETING\nCOPY busybox /busybox\nCOPY www /www\nCMD ["/busybox","httpd","-f","-p","3000","-h","/www"]\n',
  );
});

afterAll(() => {
  if (!available) return;
  const host = `127.0.0.1:${port}`;
  spawnSync('docker', ['logout', host], { timeout: 20000 });
  spawnSync('docker', ['rmi', '-f', `${host}/build-test:${SHA}`, `${host}/build-test:extra-1`], {
    timeout: 60000,
  });
  if (registry?.pid) registry.kill('SIGTERM');
  fs.rmSync(tmp, { recursive: true, force: true });
});

runIt(
  'builds and pushes a real image with OCI labels to a local registry through buildAndPush',
  async () => {
    if (!daemonAnswers)
      throw new Error(
        'CI=true but no Docker daemon answers `docker info`: the real build and push test cannot run.',
      );
    if (!available)
      throw new Error(
        `CI=true but ${REGISTRY_BIN} or ${BUSYBOX} is missing (apt-get install docker-registry busybox-static).`,
      );
    const host = `127.0.0.1:${port}`;
    const ecrMock = mockClient(ECRClient);
    ecrMock.on(DescribeRepositoriesCommand).resolves({
      repositories: [
        {
          repositoryName: 'build-test',
          repositoryUri: `${host}/build-test`,
          imageTagMutability: 'IMMUTABLE',
          imageScanningConfiguration: { scanOnPush: true },
        },
      ],
    });
    ecrMock.on(GetLifecyclePolicyCommand).resolves({ lifecyclePolicyText: lifecyclePolicyText(30) });
    ecrMock.on(DescribeImagesCommand).rejects(new ImageNotFoundException({ message: 'none', $metadata: {} }));
    ecrMock.on(GetAuthorizationTokenCommand).resolves({
      authorizationData: [
        {
          authorizationToken: Buffer.from(`${USER}:${PASSWORD}`).toString('base64'),
          proxyEndpoint: `http://${host}`,
        },
      ],
    });
    try {
      const log = new MemoryLogger();
      const docker = await createDocker(log);
      const inputs: Record<string, string> = {
        cluster: 'web',
        service: 'build-test',
        context: 'app',
        'build-args': 'GREETING=hi',
        'image-tags': 'extra-1',
        labels: 'team=web',
      };
      const config = readConfig((n) => inputs[n] ?? '', {
        GITHUB_WORKSPACE: tmp,
        GITHUB_SHA: SHA,
        GITHUB_REF: 'refs/heads/main',
        GITHUB_REPOSITORY: 'acme/build-test',
        AWS_REGION: 'eu-west-1',
      });
      const secrets: string[] = [];
      const result = await buildAndPush(config, {
        clients: { ecr: new ECRClient({ region: 'eu-west-1' }) } as unknown as AwsClients,
        docker,
        log,
        setSecret: (s) => secrets.push(s),
      });
      expect(result.built).toBe(true);
      expect(result.imageUri).toBe(`${host}/build-test:${SHA}`);
      expect(result.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
      expect(secrets).toContain(PASSWORD);
      expect(log.text()).not.toContain(PASSWORD);

      // The registry itself holds both tags, under the digest the push reported.
      const authHeader: Record<string, string> = auth
        ? { Authorization: `Basic ${Buffer.from(`${USER}:${PASSWORD}`).toString('base64')}` }
        : {};
      const accept = {
        Accept:
          'application/vnd.docker.distribution.manifest.v2+json, application/vnd.oci.image.manifest.v1+json',
      };
      for (const tag of [SHA, 'extra-1']) {
        const m = await get(`http://${host}/v2/build-test/manifests/${tag}`, { ...authHeader, ...accept });
        expect(m.status).toBe(200);
        expect(m.headers['docker-content-digest']).toBe(result.digest);
      }
      if (auth) expect((await get(`http://${host}/v2/build-test/tags/list`)).status).toBe(401);

      const inspect = spawnSync(
        'docker',
        ['image', 'inspect', '--format', '{{json .Config.Labels}}', result.imageUri],
        { encoding: 'utf8', timeout: 20000 },
      );
      const labels = JSON.parse(inspect.stdout) as Record<string, string>;
      expect(labels).toMatchObject({
        'org.opencontainers.image.revision': SHA,
        'org.opencontainers.image.source': 'https://github.com/acme/build-test',
        'org.opencontainers.image.ref.name': 'refs/heads/main',
        team: 'web',
      });

      expect(await docker.imageExists(result.imageUri)).toBe(true);
      expect(await docker.imageExists(`${host}/build-test:never-pushed`)).toBe(false);
    } finally {
      ecrMock.restore();
    }
  },
  180000,
);
