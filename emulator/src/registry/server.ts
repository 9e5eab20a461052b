import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { bcryptHtpasswdLine } from './htpasswd';

/** How the emulator and its clients reach a local registry (the shape of `world.registry`, plus extras). */
export interface RegistryEndpoint {
  /** host:port, as it appears in image references (e.g. 127.0.0.1:5123/my-app:v1). */
  host: string;
  username: string;
  password: string;
  /** Whether the registry checks the credentials (false when no bcrypt tool was found). */
  auth?: boolean;
  /** The registry's storage folder, when known: the client reads push times from it. */
  storageDir?: string;
}

export interface LocalRegistry extends RegistryEndpoint {
  auth: boolean;
  storageDir: string;
  /** The registry's own log (for diagnosis). */
  logFile: string;
  stop(): Promise<void>;
}

export interface StartRegistryOptions {
  host?: string;
  /** 0 (the default) picks a free port. */
  port?: number;
  /** Config, storage, htpasswd and log go here; storage survives a restart with the same folder. */
  dataDir: string;
  /** ECR's registry user is always AWS. */
  username?: string;
  password?: string;
  /** The registry binary (Debian's docker-registry package). */
  binary?: string;
  /** Bounded wait for GET /v2/ to answer. */
  readyTimeoutMs?: number;
}

export const DEFAULT_REGISTRY_BINARY = '/usr/bin/docker-registry';

/**
 * Starts the CNCF distribution registry (Debian's docker-registry) on a loopback port with a config of
 * our own: filesystem storage under dataDir, deletes enabled (ECR's BatchDeleteImage and lifecycle
 * policies), and htpasswd auth so that GetAuthorizationToken hands out credentials that really matter.
 */
export async function startRegistry(opts: StartRegistryOptions): Promise<LocalRegistry> {
  const host = opts.host ?? '127.0.0.1';
  const binary = opts.binary ?? DEFAULT_REGISTRY_BINARY;
  if (!existsSync(binary)) {
    throw new Error(
      `the registry binary ${binary} is missing: install Debian's docker-registry package (apt-get install -y docker-registry)`,
    );
  }
  const dataDir = path.resolve(opts.dataDir);
  const storageDir = path.join(dataDir, 'storage');
  mkdirSync(storageDir, { recursive: true });
  const username = opts.username ?? 'AWS';
  const password = opts.password ?? randomBytes(24).toString('base64url');
  const htpasswdLine = bcryptHtpasswdLine(username, password);
  const htpasswdFile = path.join(dataDir, 'htpasswd');
  if (htpasswdLine) writeFileSync(htpasswdFile, htpasswdLine + '\n', { mode: 0o600 });

  // A port picked as free can be taken before the registry binds it: try a few times.
  let lastError: unknown;
  for (let attempt = 0; attempt < 3; attempt++) {
    const port = opts.port || (await freePort(host));
    const configFile = path.join(dataDir, 'config.yml');
    writeFileSync(
      configFile,
      registryConfig({
        addr: `${host}:${port}`,
        storageDir,
        htpasswdFile: htpasswdLine ? htpasswdFile : undefined,
      }),
      {
        mode: 0o600,
      },
    );
    const logFile = path.join(dataDir, 'registry.log');
    // The registry writes its log straight to the file, and is unref'd: it must not keep the
    // emulator's process alive, and it dies with it (killOnExit) rather than outliving it.
    const logFd = openSync(logFile, 'a');
    const child = spawn(binary, ['serve', configFile], { stdio: ['ignore', logFd, logFd] });
    closeSync(logFd);
    child.unref();
    const killOnExit = () => child.kill('SIGKILL');
    process.once('exit', killOnExit);
    child.once('exit', () => process.removeListener('exit', killOnExit));
    const endpoint = `${host}:${port}`;
    try {
      await waitUntilReady(endpoint, child, opts.readyTimeoutMs ?? 15000);
    } catch (err) {
      lastError = err;
      await stopProcess(child);
      if (opts.port) break;
      continue;
    }
    let stopping: Promise<void> | undefined;
    return {
      host: endpoint,
      username,
      password,
      auth: Boolean(htpasswdLine),
      storageDir,
      logFile,
      stop: () => {
        stopping ??= stopProcess(child);
        return stopping;
      },
    };
  }
  throw new Error(`the local registry did not start: ${(lastError as Error)?.message ?? lastError}`);
}

/**
 * Uses a registry that is already running (e.g. `npm run emulator -- --registry host:port`): checks
 * that GET /v2/ answers and that the credentials are accepted.
 */
export async function attachRegistry(
  endpoint: RegistryEndpoint,
  timeoutMs = 5000,
): Promise<RegistryEndpoint> {
  const status = await pingV2(endpoint.host, timeoutMs, endpoint);
  if (status === 401)
    throw new Error(`the registry at ${endpoint.host} refused the credentials of user ${endpoint.username}`);
  if (status !== 200)
    throw new Error(`the registry at ${endpoint.host} answered GET /v2/ with ${status ?? 'no answer'}`);
  return endpoint;
}

function registryConfig(c: { addr: string; storageDir: string; htpasswdFile?: string }): string {
  const lines = [
    'version: 0.1',
    'log:',
    '  level: warn',
    '  accesslog:',
    '    disabled: true',
    'storage:',
    '  filesystem:',
    `    rootdirectory: ${JSON.stringify(c.storageDir)}`,
    '  delete:',
    '    enabled: true',
    '  redirect:',
    '    disable: true',
    'http:',
    `  addr: ${c.addr}`,
    `  secret: ${randomBytes(16).toString('hex')}`,
    '  headers:',
    '    X-Content-Type-Options: [nosniff]',
  ];
  if (c.htpasswdFile) {
    lines.push(
      'auth:',
      '  htpasswd:',
      '    realm: ecs-emulator-ecr',
      `    path: ${JSON.stringify(c.htpasswdFile)}`,
    );
  }
  return lines.join('\n') + '\n';
}

function freePort(host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, host, () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Status of GET /v2/ (200 open or authorised, 401 auth required), undefined when nothing answers. */
export function pingV2(
  host: string,
  timeoutMs: number,
  creds?: { username: string; password: string },
): Promise<number | undefined> {
  return new Promise((resolve) => {
    const headers: Record<string, string> = {};
    if (creds)
      headers.authorization =
        'Basic ' + Buffer.from(`${creds.username}:${creds.password}`).toString('base64');
    const req = http.get(`http://${host}/v2/`, { headers, timeout: timeoutMs, agent: false }, (res) => {
      res.resume();
      resolve(res.statusCode);
    });
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', () => resolve(undefined));
  });
}

async function waitUntilReady(host: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let exited: number | null | undefined;
  child.once('exit', (code) => (exited = code));
  const maxAttempts = Math.ceil(timeoutMs / 100) + 1;
  for (let attempt = 0; attempt < maxAttempts && Date.now() < deadline; attempt++) {
    if (exited !== undefined)
      throw new Error(`docker-registry exited with code ${exited} before answering on ${host}`);
    const status = await pingV2(host, 1000);
    if (status === 200 || status === 401) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`docker-registry did not answer GET http://${host}/v2/ within ${timeoutMs} ms`);
}

function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const kill = setTimeout(() => child.kill('SIGKILL'), 5000);
    child.once('exit', () => {
      clearTimeout(kill);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
