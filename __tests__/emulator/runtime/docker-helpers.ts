import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const repoRoot = path.resolve(__dirname, '../../..');

/**
 * Whether these tests can run: a daemon that answers and the registry binary. Checked synchronously so
 * that the suite is skipped (with the reason) rather than passing empty; under CI=true it must run.
 */
export function dockerTestEnvironment(): { ok: true } | { ok: false; reason: string } {
  const info = spawnSync('docker', ['info', '--format', '{{.ServerVersion}}'], {
    encoding: 'utf8',
    timeout: 8000,
  });
  if (info.status !== 0 || !info.stdout.trim()) {
    return {
      ok: false,
      reason: `no Docker daemon answers 'docker info' (${(info.stderr || String(info.error ?? '')).trim().split('\n').pop()})`,
    };
  }
  if (spawnSync('test', ['-x', '/usr/bin/docker-registry']).status !== 0) {
    return { ok: false, reason: '/usr/bin/docker-registry is missing (apt-get install docker-registry)' };
  }
  return { ok: true };
}

function docker(args: string[], input?: string): string {
  return execFileSync('docker', args, {
    encoding: 'utf8',
    input,
    stdio: ['pipe', 'pipe', 'pipe'],
    env: { ...process.env, DOCKER_BUILDKIT: '0' },
  });
}

/** A ~1 MB image FROM scratch: busybox-static serving /www on port 3000 (any command can be given). */
export function buildBusyboxImage(tag: string): void {
  const ctx = mkdtempSync(path.join(os.tmpdir(), 'busybox-image-'));
  try {
    copyFileSync('/bin/busybox', path.join(ctx, 'busybox'));
    mkdirSync(path.join(ctx, 'www'));
    writeFileSync(path.join(ctx, 'www', 'index.html'), 'hello from busybox\n');
    writeFileSync(
      path.join(ctx, 'Dockerfile'),
      [
        'FROM scratch',
        'COPY busybox /busybox',
        'COPY www /www',
        'CMD ["/busybox","httpd","-f","-v","-p","3000","-h","/www"]',
        '',
      ].join('\n'),
    );
    docker(['build', '--quiet', '--tag', tag, ctx]);
  } finally {
    rmSync(ctx, { recursive: true, force: true });
  }
}

/** The example app on the offline Node base image (scripts/node-base-image.sh). */
export function buildExampleImage(tag: string): void {
  const base = execFileSync('bash', [path.join(repoRoot, 'scripts/node-base-image.sh')], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  }).trim();
  docker([
    'build',
    '--quiet',
    '--build-arg',
    `NODE_IMAGE=${base}`,
    '--tag',
    tag,
    path.join(repoRoot, 'example'),
  ]);
}

/** Pushes with a throwaway docker config, so the user's ~/.docker/config.json is left alone. */
export function pushImage(tag: string, registry: { host: string; username: string; password: string }): void {
  const config = mkdtempSync(path.join(os.tmpdir(), 'docker-config-'));
  try {
    docker(
      ['--config', config, 'login', '--username', registry.username, '--password-stdin', registry.host],
      registry.password,
    );
    docker(['--config', config, 'push', '--quiet', tag]);
  } finally {
    rmSync(config, { recursive: true, force: true });
  }
}

export function removeImageTags(tags: string[]): void {
  spawnSync('docker', ['rmi', ...tags], { stdio: 'ignore', timeout: 60000 });
}

export function containersLabelled(label: string): string[] {
  return docker(['ps', '-a', '-q', '--filter', `label=${label}`])
    .split('\n')
    .filter(Boolean);
}

export function runLabelledContainer(image: string, labels: Record<string, string>): string {
  const args = ['run', '--detach'];
  for (const [k, v] of Object.entries(labels)) args.push('--label', `${k}=${v}`);
  return docker([...args, image]).trim();
}
