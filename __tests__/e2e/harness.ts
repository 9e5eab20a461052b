/**
 * End-to-end harness: the bundled dist/index.js run as a process the way a GitHub runner runs it
 * (INPUT_* variables, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, Node 24), against an emulator
 * started in this process. What is tested is what users run. The runner itself is
 * scripts/lib/runner.ts, shared with the demo and the benchmarks.
 */
import { startEmulator } from '../../emulator/src/index';
import type { ImageBehaviour } from '../../emulator/src/core/world';

export {
  DIST,
  NODE24,
  ROOT,
  parseOutputFile,
  runAction,
  type ActionResult,
  type RunOptions,
} from '../../scripts/lib/runner';

export type Emulator = Awaited<ReturnType<typeof startEmulator>>;

/** Small admin helpers over the emulator's HTTP admin API, as a user would call it. */
export function admin(url: string) {
  const call = async (method: string, path: string, body?: unknown): Promise<any> => {
    const res = await fetch(`${url}/_emulator/${path}`, {
      method,
      headers: { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    if (!res.ok) throw new Error(`admin ${method} ${path}: ${res.status} ${text}`);
    return text ? JSON.parse(text) : undefined;
  };
  return {
    call,
    declareImage: (repository: string, tag: string) => call('PUT', 'ecr/images', { repository, tag }),
    behave: (image: string, behaviour: ImageBehaviour) => call('PUT', 'images', { image, behaviour }),
    calls: async (): Promise<
      { service: string; operation: string; status: number; errorCode?: string }[]
    > => {
      const r = await call('GET', 'calls');
      return Array.isArray(r) ? r : r.calls;
    },
    clearCalls: () => call('DELETE', 'calls'),
    timeline: async (): Promise<{ kind: string; resource: string; detail: any }[]> => {
      const r = await call('GET', 'timeline');
      return Array.isArray(r) ? r : r.events;
    },
  };
}

/** Operations that change something: a "no change" run must send none of them. */
export { isMutatingOperation } from '../../emulator/src/core/operations';

/** The ECR URI of an image in the emulated account. */
export const ecrImage = (repo: string, tag: string) =>
  `000000000000.dkr.ecr.us-east-1.amazonaws.com/${repo}:${tag}`;
