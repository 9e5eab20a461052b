import { InputError } from './reader';
import type { DeployConfig } from './types';

export type GitHubSection = Pick<
  DeployConfig,
  'commitSha' | 'ref' | 'repository' | 'workspace' | 'serverUrl'
>;

/** What the runner says about the run (GITHUB_* variables): commit, ref, repository, workspace. */
export function readGitHubContext(env: NodeJS.ProcessEnv): GitHubSection {
  const commitSha = (env.GITHUB_SHA || '').trim();
  if (commitSha && !/^[0-9a-f]{7,64}$/i.test(commitSha)) {
    throw new InputError('GITHUB_SHA', `GITHUB_SHA must be a commit SHA (hexadecimal); got '${commitSha}'.`);
  }
  return {
    commitSha,
    ref: env.GITHUB_REF || '',
    repository: env.GITHUB_REPOSITORY || '',
    workspace: env.GITHUB_WORKSPACE || process.cwd(),
    serverUrl: (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, ''),
  };
}
