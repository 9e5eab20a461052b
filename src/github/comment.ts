import type { FailureDigest } from '../deploy/digest';
import { digestMarkdown } from '../report/summary';
import type { GitHubApi } from './api';
import type { SecretMasker } from '../util/mask';

/** The hidden marker that finds the preview comment again: one comment per pull request, edited in place. */
export const PREVIEW_MARKER = '<!-- ecs-fargate-deploy:preview -->';

export type PreviewStatus = 'deploying' | 'ready' | 'failed' | 'torn-down';

export interface PreviewCommentModel {
  pullRequest: number;
  status: PreviewStatus;
  service: string;
  cluster: string;
  url?: string;
  image?: string;
  commitSha?: string;
  expiresAt?: string;
  /** Set when the app is reached under a path prefix rather than its own host name. */
  pathPrefix?: string;
  /** One line: why the deploy failed. */
  failure?: string;
  digest?: FailureDigest;
  runUrl?: string;
  /** Why there is no preview (e.g. torn down because the pull request closed, or expired). */
  note?: string;
}

const HEADLINE: Record<PreviewStatus, string> = {
  deploying: '⏳ Preview deploying',
  ready: '✅ Preview ready',
  failed: '❌ Preview deploy failed',
  'torn-down': '🧹 Preview torn down',
};

/** Table cells cannot hold pipes or newlines. */
const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

/** The comment, from the model alone (no clock): the same model gives the same body, so an unchanged comment is not edited. */
export function previewCommentBody(m: PreviewCommentModel): string {
  const out: string[] = [PREVIEW_MARKER, `### ${HEADLINE[m.status]}: #${m.pullRequest}`, ''];
  const rows: [string, string][] = [];
  if (m.status !== 'torn-down') {
    if (m.url) rows.push(['URL', m.status === 'ready' ? `[${cell(m.url)}](${m.url})` : cell(m.url)]);
    if (m.image) rows.push(['Image', `\`${cell(m.image)}\``]);
    if (m.commitSha) rows.push(['Commit', `\`${cell(m.commitSha.slice(0, 12))}\``]);
  }
  rows.push(['Service', `\`${cell(m.service)}\` in cluster \`${cell(m.cluster)}\``]);
  if (m.status !== 'torn-down' && m.expiresAt)
    rows.push(['Expires', `${cell(m.expiresAt)} (removed by the sweep after this)`]);
  if (m.runUrl) rows.push(['Run', `[workflow run](${m.runUrl})`]);
  out.push('| | |', '|---|---|', ...rows.map(([k, v]) => `| ${k} | ${v} |`), '');
  if (m.pathPrefix && m.status !== 'torn-down')
    out.push(
      `The app is served under the path \`${m.pathPrefix}/\` of the shared load balancer; the container gets \`PATH_PREFIX=${m.pathPrefix}\`.`,
      '',
    );
  if (m.status === 'failed') {
    if (m.failure) out.push(`**${cell(m.failure)}**`, '');
    if (m.digest) out.push(digestMarkdown(m.digest), '');
  }
  if (m.note) out.push(m.note, '');
  return out.join('\n').trimEnd() + '\n';
}

/**
 * The API with every registered secret masked out of the comments and deployment statuses it
 * writes: GitHub masks the job log only, and a comment is read by everyone who can read the pull request.
 */
export function maskedCommentApi(api: GitHubApi, secrets: SecretMasker): GitHubApi {
  return {
    ...api,
    createComment: (issue, body) => api.createComment(issue, secrets.mask(body)),
    updateComment: (id, body) => api.updateComment(id, secrets.mask(body)),
    createDeploymentStatus: (id, input) =>
      api.createDeploymentStatus(id, {
        ...input,
        description: input.description === undefined ? undefined : secrets.mask(input.description),
      }),
  };
}

/**
 * Creates the preview comment, or edits the one carrying the marker. The body is only sent when it
 * changed, so a repeated teardown leaves the comment (and its "edited" time) alone.
 */
export async function upsertPreviewComment(
  api: GitHubApi,
  pullRequest: number,
  body: string,
  opts: { createIfMissing: boolean } = { createIfMissing: true },
): Promise<{ id?: number; action: 'created' | 'updated' | 'unchanged' | 'none' }> {
  const existing = (await api.listComments(pullRequest)).find((c) => c.body.includes(PREVIEW_MARKER));
  if (existing) {
    if (existing.body === body) return { id: existing.id, action: 'unchanged' };
    await api.updateComment(existing.id, body);
    return { id: existing.id, action: 'updated' };
  }
  if (!opts.createIfMissing) return { action: 'none' };
  const created = await api.createComment(pullRequest, body);
  return { id: created.id, action: 'created' };
}
