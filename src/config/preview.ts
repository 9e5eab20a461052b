import { CONDITION_VALUE_MAX, RULE_PRIORITY_MAX, RULE_PRIORITY_MIN } from './aws-limits';
import { readPullRequestEvent } from './event';
import { check, InputError, InputReader } from './reader';
import type { Mode, PreviewConfig } from './types';

/** Previews of pull requests: which one, its host or path, its lifetime, its band of rule priorities. */
export function readPreview(r: InputReader, mode: Mode, env: NodeJS.ProcessEnv): PreviewConfig {
  const pullRequestInput = r.optionalInt('pull-request', 1, 1e9);
  const preview: PreviewConfig = {
    pullRequest: pullRequestInput ?? readPullRequestEvent(env.GITHUB_EVENT_PATH)?.number,
    domain: r.optional('preview-domain'),
    ttlHours: r.int('preview-ttl-hours', 72, 1, 8760),
    label: r.optional('preview-label'),
    priorityBand: [0, 0],
    githubToken: r.optional('github-token'),
  };
  const bandInput = r.str('preview-priority-band') || '40000-49999';
  if ((mode === 'preview' || mode === 'teardown') && preview.pullRequest === undefined) {
    throw new InputError(
      'pull-request',
      `Input 'pull-request' is required in mode '${mode}': run on a pull_request event or set it to the pull request number.`,
    );
  }
  if (preview.domain !== undefined) {
    const host = `pr-${preview.pullRequest ?? 1}.${preview.domain}`;
    check(
      'preview-domain',
      /^[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+$/.test(preview.domain) && host.length <= CONDITION_VALUE_MAX,
      `be a domain such as 'preview.example.com' (pr-<n>.<domain> at most ${CONDITION_VALUE_MAX} characters)`,
      preview.domain,
    );
  }
  const band = /^(\d+)\s*-\s*(\d+)$/.exec(bandInput);
  const lo = band ? Number(band[1]) : NaN;
  const hi = band ? Number(band[2]) : NaN;
  check(
    'preview-priority-band',
    !!band && lo >= RULE_PRIORITY_MIN && hi <= RULE_PRIORITY_MAX && lo <= hi,
    `be a range of listener rule priorities 'low-high' within ${RULE_PRIORITY_MIN}-${RULE_PRIORITY_MAX}, such as '40000-49999'`,
    bandInput,
  );
  preview.priorityBand = [lo, hi];
  return preview;
}
