/** readConfig as the config tests call it: cluster web, service hello, a workspace with a Dockerfile. */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { InputError, readConfig } from '../../src/config/inputs';
import type { DeployConfig } from '../../src/config/types';

export const SHA = 'a'.repeat(40);

/** A temporary workspace with a Dockerfile and deploy/td.json, removed after the file's tests. */
export function useWorkspace(): () => string {
  let workspace = '';
  beforeAll(() => {
    workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'inputs-'));
    fs.writeFileSync(path.join(workspace, 'Dockerfile'), 'FROM scratch\n');
    fs.mkdirSync(path.join(workspace, 'deploy'));
    fs.writeFileSync(path.join(workspace, 'deploy', 'td.json'), '{}');
  });
  afterAll(() => fs.rmSync(workspace, { recursive: true, force: true }));
  return () => workspace;
}

export function configReader(workspace: () => string) {
  const env = (extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv => ({
    GITHUB_WORKSPACE: workspace(),
    GITHUB_SHA: SHA,
    AWS_REGION: 'eu-west-1',
    ...extra,
  });
  const read = (inputs: Record<string, string>, e: NodeJS.ProcessEnv = env()): DeployConfig => {
    const all: Record<string, string> = { cluster: 'web', service: 'hello', ...inputs };
    return readConfig((n) => all[n] ?? '', e);
  };
  const errorOf = (inputs: Record<string, string>, e?: NodeJS.ProcessEnv): InputError => {
    try {
      read(inputs, e);
    } catch (err) {
      expect(err).toBeInstanceOf(InputError);
      return err as InputError;
    }
    throw new Error('expected an InputError');
  };
  return { env, read, errorOf };
}
