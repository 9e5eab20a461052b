import * as exec from '@actions/exec';
import type { KeyValue } from '../config/types';
import type { Logger } from '../util/log';

export interface BuildOptions {
  context: string;
  dockerfile: string;
  tags: string[];
  buildArgs: KeyValue[];
  labels: KeyValue[];
  platform?: string;
  cacheFrom: string[];
  cacheTo: string[];
}

/** The Docker CLI, behind the few operations the pipeline needs, so orchestration tests need no daemon. */
export interface Docker {
  login(registry: string, username: string, password: string): Promise<void>;
  build(opts: BuildOptions): Promise<void>;
  push(ref: string): Promise<{ digest?: string }>;
  imageExists(ref: string): Promise<boolean>;
}

interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

type Runner = (
  args: string[],
  opts?: { input?: Buffer; env?: Record<string, string>; quiet?: boolean },
) => Promise<RunResult>;

/** Builds with buildx when `docker buildx version` works, else with the classic builder. */
export async function createDocker(log: Logger, dockerPath = 'docker'): Promise<Docker> {
  const run: Runner = async (args, opts = {}) => {
    let stdout = '';
    let stderr = '';
    const code = await exec.exec(dockerPath, args, {
      ignoreReturnCode: true,
      silent: true,
      input: opts.input,
      env: opts.env ? { ...(process.env as Record<string, string>), ...opts.env } : undefined,
      listeners: {
        stdout: (d: Buffer) => (stdout += d.toString()),
        stderr: (d: Buffer) => (stderr += d.toString()),
        stdline: (l: string) => (opts.quiet ? log.debug(l) : log.info(l)),
        errline: (l: string) => (opts.quiet ? log.debug(l) : log.info(l)),
      },
    });
    return { code, stdout, stderr };
  };
  const buildx =
    (await run(['buildx', 'version'], { quiet: true }).catch(() => ({ code: 1 }) as RunResult)).code === 0;
  log.debug(
    buildx ? 'docker buildx is available' : 'docker buildx is not available: using the classic builder',
  );
  return new DockerCli(run, buildx, log);
}

class DockerCli implements Docker {
  constructor(
    private readonly run: Runner,
    private readonly buildx: boolean,
    private readonly log: Logger,
  ) {}

  async login(registry: string, username: string, password: string): Promise<void> {
    // The password goes through stdin so that it never appears in a process listing or the log.
    const r = await this.run(['login', '--username', username, '--password-stdin', registry], {
      input: Buffer.from(password),
      quiet: true,
    });
    if (r.code !== 0) throw new Error(`docker login to ${registry} failed: ${lastLines(r.stderr)}`);
  }

  async build(opts: BuildOptions): Promise<void> {
    const args = this.buildx ? ['buildx', 'build', '--load'] : ['build'];
    args.push('--file', opts.dockerfile);
    for (const t of opts.tags) args.push('--tag', t);
    for (const a of opts.buildArgs) args.push('--build-arg', `${a.name}=${a.value}`);
    for (const l of opts.labels) args.push('--label', `${l.name}=${l.value}`);
    if (opts.platform) args.push('--platform', opts.platform);
    if (this.buildx) {
      for (const c of opts.cacheFrom) args.push('--cache-from', c);
      for (const c of opts.cacheTo) args.push('--cache-to', c);
    } else if (opts.cacheFrom.length || opts.cacheTo.length) {
      this.log.warning(
        'cache-from and cache-to need docker buildx (docker/setup-buildx-action); building without them.',
      );
    }
    args.push(opts.context);
    // The classic builder must be asked for explicitly: a newer client without the buildx plugin refuses
    // DOCKER_BUILDKIT=1 builds instead of falling back.
    const r = await this.run(args, this.buildx ? {} : { env: { DOCKER_BUILDKIT: '0' } });
    if (r.code !== 0)
      throw new Error(`docker build failed (exit code ${r.code}): ${lastLines(r.stderr || r.stdout)}`);
  }

  async push(ref: string): Promise<{ digest?: string }> {
    const r = await this.run(['push', ref]);
    if (r.code !== 0)
      throw new Error(`docker push ${ref} failed (exit code ${r.code}): ${lastLines(r.stderr || r.stdout)}`);
    const m = /digest: (sha256:[0-9a-f]{64})/.exec(r.stdout);
    return { digest: m?.[1] };
  }

  async imageExists(ref: string): Promise<boolean> {
    // `manifest inspect` asks the registry without pulling; a registry on loopback is plain HTTP.
    const args = ['manifest', 'inspect'];
    if (isLoopbackRegistry(ref)) args.push('--insecure');
    const r = await this.run([...args, ref], { quiet: true });
    return r.code === 0;
  }
}

function isLoopbackRegistry(ref: string): boolean {
  const host = ref.split('/')[0];
  return ref.includes('/') && /^(localhost|127\.\d+\.\d+\.\d+)(:\d+)?$/.test(host);
}

function lastLines(text: string, n = 5): string {
  const lines = text.trim().split(/\r?\n/);
  return lines.slice(-n).join('\n') || '(no output)';
}
