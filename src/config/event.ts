import * as fs from 'fs';

/**
 * The pull_request event payload (GITHUB_EVENT_PATH), parsed once by one rule: the config takes the
 * pull request number from it, the preview modes its labels, head and base.
 */
export interface PullRequestEvent {
  action?: string;
  number: number;
  state?: string;
  labels: string[];
  headSha?: string;
  headRef?: string;
  /** owner/name of the repository the branch lives in. */
  headRepo?: string;
  /** owner/name of the repository the pull request targets. */
  baseRepo?: string;
}

interface RawEvent {
  action?: unknown;
  number?: unknown;
  pull_request?: {
    number?: unknown;
    state?: unknown;
    labels?: { name?: unknown }[];
    head?: { sha?: unknown; ref?: unknown; repo?: { full_name?: unknown } | null };
    base?: { repo?: { full_name?: unknown } | null };
  };
}

const text = (v: unknown): string | undefined => (typeof v === 'string' && v ? v : undefined);

/**
 * The pull request of the event, or undefined when the event is not about one (push, schedule,
 * dispatch): only a payload with a `pull_request` object counts; its number, else the event's.
 */
export function parsePullRequestEvent(payload: unknown): PullRequestEvent | undefined {
  const e = (payload ?? {}) as RawEvent;
  const pr = e.pull_request;
  if (!pr || typeof pr !== 'object') return undefined;
  const n = pr.number ?? e.number;
  if (typeof n !== 'number' || !Number.isInteger(n) || n <= 0) return undefined;
  return {
    action: text(e.action),
    number: n,
    state: text(pr.state),
    labels: (pr.labels ?? []).map((l) => text(l?.name)).filter((l): l is string => !!l),
    headSha: text(pr.head?.sha),
    headRef: text(pr.head?.ref),
    headRepo: text(pr.head?.repo?.full_name),
    baseRepo: text(pr.base?.repo?.full_name),
  };
}

/** The event file's pull request; undefined when there is no file or it cannot be read or parsed. */
export function readPullRequestEvent(eventPath: string | undefined): PullRequestEvent | undefined {
  if (!eventPath) return undefined;
  try {
    return parsePullRequestEvent(JSON.parse(fs.readFileSync(eventPath, 'utf8')));
  } catch {
    return undefined; // no readable event: the pull-request input is then required where it matters
  }
}

/**
 * A pull request from a fork: its branch lives in another repository. A deleted fork has no head
 * repository at all, which counts as a fork too (its code is still not this repository's).
 * Compared case-insensitively, as GitHub treats owner and repository names.
 */
export function isForkPullRequest(event: PullRequestEvent, repository: string): boolean {
  const base = (event.baseRepo ?? repository).toLowerCase();
  if (!event.headRepo) return true;
  return event.headRepo.toLowerCase() !== base;
}
