import type { DeploymentState, GitHubApi } from './api';

/** The GitHub environment of a preview: one per pull request, transient, never production. */
export function previewEnvironment(pullRequest: number): string {
  return `pr-${pullRequest}`;
}

export async function startPreviewDeployment(
  api: GitHubApi,
  input: { pullRequest: number; ref: string; description: string; logUrl?: string },
): Promise<number> {
  const { id } = await api.createDeployment({
    ref: input.ref,
    environment: previewEnvironment(input.pullRequest),
    description: input.description,
    transient: true,
    production: false,
  });
  await api.createDeploymentStatus(id, { state: 'in_progress', logUrl: input.logUrl });
  return id;
}

export async function finishPreviewDeployment(
  api: GitHubApi,
  id: number,
  input: {
    state: Extract<DeploymentState, 'success' | 'failure'>;
    environmentUrl?: string;
    logUrl?: string;
    description?: string;
  },
): Promise<void> {
  await api.createDeploymentStatus(id, input);
}

/**
 * Marks every deployment of the preview's environment inactive (a transient environment then shows
 * as destroyed). Deployments already inactive are skipped, so a second teardown sends nothing.
 */
export async function deactivatePreviewDeployments(api: GitHubApi, pullRequest: number): Promise<number> {
  let changed = 0;
  for (const d of await api.listDeployments(previewEnvironment(pullRequest))) {
    const latest = (await api.listDeploymentStatuses(d.id))[0];
    if (latest?.state === 'inactive') continue;
    await api.createDeploymentStatus(d.id, { state: 'inactive', description: 'Preview torn down' });
    changed++;
  }
  return changed;
}
