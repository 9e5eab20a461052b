import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import path from 'node:path';

// The example app as a plain process (no Docker): what its image runs.
const server = path.resolve(__dirname, '../../../example/server.js');

interface App {
  child: ChildProcess;
  port: number;
  output: string[];
  exited: Promise<number | null>;
}

function startApp(env: Record<string, string>): Promise<App> {
  const child = spawn(process.execPath, [server], {
    env: { PATH: process.env.PATH ?? '', PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the app did not start: ${output.join('')}`)), 10000);
    const onData = (d: Buffer) => {
      output.push(d.toString('utf8'));
      const m = /listening on port (\d+)/.exec(output.join(''));
      if (m) {
        clearTimeout(timer);
        resolve({ child, port: Number(m[1]), output, exited });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (d: Buffer) => output.push(d.toString('utf8')));
    void exited.then((code) => {
      clearTimeout(timer);
      reject(Object.assign(new Error(`the app exited with ${code}`), { code, output: output.join('') }));
    });
  });
}

function get(port: number, urlPath: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    http
      .get({ host: '127.0.0.1', port, path: urlPath, agent: false }, (res) => {
        let body = '';
        res.on('data', (d: Buffer) => (body += d.toString('utf8')));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      })
      .on('error', reject);
  });
}

describe('example app', () => {
  it('shows its version and environment, answers /health, logs requests and stops cleanly on SIGTERM', async () => {
    const app = await startApp({ APP_VERSION: 'v1.2.3', ENVIRONMENT: 'preview-<42>' });
    try {
      const page = await get(app.port, '/');
      expect(page.status).toBe(200);
      expect(page.body).toContain('<td>v1.2.3</td>');
      expect(page.body).toContain('<td>preview-&lt;42&gt;</td>'); // escaped
      expect(await get(app.port, '/health')).toEqual({ status: 200, body: '{"status":"ok"}\n' });
      expect((await get(app.port, '/nope')).status).toBe(404);
    } finally {
      app.child.kill('SIGTERM');
    }
    expect(await app.exited).toBe(0);
    const log = app.output.join('');
    expect(log).toMatch(/GET \/health 200 [\d.]+ms version=v1\.2\.3/);
    expect(log).toContain('SIGTERM received, draining connections');
  });

  it('shows the commit when no version is given', async () => {
    const app = await startApp({ GIT_COMMIT: '0123456789abcdef0123' });
    try {
      expect((await get(app.port, '/')).body).toContain('<td>0123456789ab</td>');
    } finally {
      app.child.kill('SIGTERM');
      await app.exited;
    }
  });

  it('FAIL_MODE=unhealthy answers /health with 500 and still serves pages', async () => {
    const app = await startApp({ FAIL_MODE: 'unhealthy' });
    try {
      expect((await get(app.port, '/health')).status).toBe(500);
      expect((await get(app.port, '/')).status).toBe(200);
    } finally {
      app.child.kill('SIGTERM');
      await app.exited;
    }
  });

  it('FAIL_MODE=errors passes /health and answers 500 to ERROR_PERCENT % of the other requests (50 by default)', async () => {
    const statuses = async (env: Record<string, string>, n: number) => {
      const app = await startApp({ FAIL_MODE: 'errors', APP_VERSION: 'v2', ...env });
      try {
        const seen: number[] = [];
        for (let i = 0; i < n; i++) {
          seen.push((await get(app.port, '/')).status);
          expect((await get(app.port, '/health')).status).toBe(200);
        }
        return { seen, output: app.output.join('') };
      } finally {
        app.child.kill('SIGTERM');
        await app.exited;
      }
    };
    const half = await statuses({}, 6);
    expect(half.seen).toEqual([200, 500, 200, 500, 200, 500]);
    expect(half.output).toContain('FAIL_MODE=errors ERROR_PERCENT=50');
    expect(half.output).toMatch(/GET \/ 500 [\d.]+ms version=v2/);
    expect((await statuses({ ERROR_PERCENT: '20' }, 10)).seen.filter((s) => s === 500)).toHaveLength(2);
    const wrong = await statuses({ ERROR_PERCENT: '150' }, 2);
    expect(wrong.output).toContain('WARN ERROR_PERCENT=150 is not 0..100, using 50');
    expect(wrong.seen).toEqual([200, 500]);
  });

  it('FAIL_MODE=crash exits 1 after saying why on stderr', async () => {
    const err = (await startApp({ FAIL_MODE: 'crash', APP_VERSION: 'bad' }).catch((e: unknown) => e)) as {
      code: number;
      output: string;
    };
    expect(err.code).toBe(1);
    expect(err.output).toContain('FATAL cannot start version bad: FAIL_MODE=crash');
  });
});
