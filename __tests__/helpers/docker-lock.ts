/**
 * One real-container suite at a time. Jest runs suites in parallel workers; two suites that start
 * real containers at once on a 2-core machine slow each other past their bounds (container start,
 * health checks), so each such suite holds this lock from beforeAll to afterAll. The lock is a
 * directory (mkdir is atomic); a lock left by a dead process is taken over once it is older than
 * the longest suite could hold it.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const LOCK = path.join(os.tmpdir(), 'ecs-fargate-deploy-docker-suites.lock');
const STALE_MS = 10 * 60_000;
const WAIT_MS = 12 * 60_000;

export async function acquireDockerLock(): Promise<void> {
  const deadline = Date.now() + WAIT_MS;
  for (let i = 0; Date.now() < deadline && i < WAIT_MS / 200; i++) {
    try {
      fs.mkdirSync(LOCK);
      return;
    } catch {
      const age = Date.now() - (fs.statSync(LOCK, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (age > STALE_MS) fs.rmSync(LOCK, { recursive: true, force: true });
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  throw new Error(`another real-container suite held ${LOCK} for over ${WAIT_MS / 60_000} minutes`);
}

export function releaseDockerLock(): void {
  fs.rmSync(LOCK, { recursive: true, force: true });
}
