import { createServer, IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A small emulated GitHub REST API: the endpoints the action calls for previews (issue comments,
 * deployments and their statuses, pull requests), enough for end-to-end tests and local rehearsals.
 * State is kept per repository and is inspectable by tests; every request needs a token (401 otherwise),
 * as api.github.com answers a request that must be authenticated.
 */

export interface IssueComment {
  id: number;
  issue: number;
  body: string;
  user: { login: string };
  created_at: string;
  updated_at: string;
}

export interface DeploymentStatus {
  id: number;
  state: string;
  description: string;
  environment_url: string;
  log_url: string;
  created_at: string;
}

export interface Deployment {
  id: number;
  ref: string;
  sha: string;
  environment: string;
  description: string;
  transient_environment: boolean;
  production_environment: boolean;
  payload: unknown;
  created_at: string;
  statuses: DeploymentStatus[];
}

export interface PullRequest {
  number: number;
  state: 'open' | 'closed';
  merged?: boolean;
  labels: { name: string }[];
  head: { sha: string; ref: string; repo: { full_name: string } };
  base: { ref: string; repo: { full_name: string } };
}

export interface RepoState {
  comments: IssueComment[];
  deployments: Deployment[];
  pulls: Map<number, PullRequest>;
}

export interface GitHubRequest {
  method: string;
  path: string;
  status: number;
}

export class GitHubState {
  readonly repos = new Map<string, RepoState>();
  readonly requests: GitHubRequest[] = [];
  private nextId = 1000;

  repo(fullName: string): RepoState {
    let r = this.repos.get(fullName.toLowerCase());
    if (!r) {
      r = { comments: [], deployments: [], pulls: new Map() };
      this.repos.set(fullName.toLowerCase(), r);
    }
    return r;
  }

  id(): number {
    return this.nextId++;
  }

  /** Declares (or replaces) a pull request, as a test sets the scene. */
  setPull(fullName: string, pr: Partial<PullRequest> & { number: number }): PullRequest {
    const full: PullRequest = {
      state: 'open',
      labels: [],
      head: { sha: '0'.repeat(40), ref: `pr-${pr.number}`, repo: { full_name: fullName } },
      base: { ref: 'main', repo: { full_name: fullName } },
      ...pr,
    };
    this.repo(fullName).pulls.set(pr.number, full);
    return full;
  }

  /** The latest status of a deployment, or undefined when it has none. */
  latestStatus(d: Deployment): DeploymentStatus | undefined {
    return d.statuses[d.statuses.length - 1];
  }
}

export interface GitHubApiOptions {
  port?: number;
  host?: string;
  /** Accept only this token; any non-empty token when not given. */
  token?: string;
}

export interface GitHubApiHandle {
  url: string;
  state: GitHubState;
  stop(): Promise<void>;
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

const MAX_BODY = 1024 * 1024;

function readBody(req: IncomingMessage): Promise<unknown> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) {
        reject(new HttpError(413, 'Payload too large'));
        req.destroy();
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      if (!text) return resolve({});
      try {
        resolve(JSON.parse(text));
      } catch {
        reject(new HttpError(400, 'Problems parsing JSON'));
      }
    });
    req.on('error', reject);
  });
}

function paginate<T>(items: T[], query: URLSearchParams): T[] {
  const perPage = Math.min(100, Math.max(1, Number(query.get('per_page') ?? 30) || 30));
  const page = Math.max(1, Number(query.get('page') ?? 1) || 1);
  return items.slice((page - 1) * perPage, page * perPage);
}

function tokenOf(req: IncomingMessage): string | undefined {
  const h = req.headers.authorization ?? '';
  const m = /^(?:token|bearer)\s+(\S+)$/i.exec(h);
  return m?.[1];
}

function str(v: unknown, name: string, required = false): string {
  if (v === undefined || v === null) {
    if (required) throw new HttpError(422, `Invalid request: "${name}" wasn't supplied.`);
    return '';
  }
  if (typeof v !== 'string') throw new HttpError(422, `Invalid request: "${name}" is not a string.`);
  return v;
}

const STATUS_STATES = ['error', 'failure', 'inactive', 'in_progress', 'queued', 'pending', 'success'];

type Reply = [number, unknown];

/** One request to the emulated API, as each resource's handler takes it. */
interface ResourceRequest {
  state: GitHubState;
  method: string;
  path: string;
  query: URLSearchParams;
  body: any;
  /** The request's time, for created_at and updated_at. */
  now: string;
}

/** GET and POST /repos/{repo}/issues/{n}/comments */
function issueComments({ state, method, path, query, body, now }: ResourceRequest): Reply | undefined {
  const m = /^\/repos\/([^/]+\/[^/]+)\/issues\/(\d+)\/comments$/.exec(path);
  if (m) {
    const repo = state.repo(m[1]);
    const issue = Number(m[2]);
    if (method === 'GET')
      return [
        200,
        paginate(
          repo.comments.filter((c) => c.issue === issue),
          query,
        ),
      ];
    if (method === 'POST') {
      const comment: IssueComment = {
        id: state.id(),
        issue,
        body: str(body.body, 'body', true),
        user: { login: 'github-actions[bot]' },
        created_at: now,
        updated_at: now,
      };
      repo.comments.push(comment);
      return [201, comment];
    }
  }
  return undefined;
}

/** GET and PATCH /repos/{repo}/issues/comments/{id} */
function issueComment({ state, method, path, body, now }: ResourceRequest): Reply | undefined {
  const m = /^\/repos\/([^/]+\/[^/]+)\/issues\/comments\/(\d+)$/.exec(path);
  if (m) {
    const comment = state.repo(m[1]).comments.find((c) => c.id === Number(m[2]));
    if (!comment) throw new HttpError(404, 'Not Found');
    if (method === 'GET') return [200, comment];
    if (method === 'PATCH') {
      comment.body = str(body.body, 'body', true);
      comment.updated_at = now;
      return [200, comment];
    }
  }
  return undefined;
}

/** GET and POST /repos/{repo}/deployments */
function deployments({ state, method, path, query, body, now }: ResourceRequest): Reply | undefined {
  const m = /^\/repos\/([^/]+\/[^/]+)\/deployments$/.exec(path);
  if (m) {
    const repo = state.repo(m[1]);
    if (method === 'GET') {
      const env = query.get('environment');
      const ref = query.get('ref');
      const list = repo.deployments
        .filter((d) => (!env || d.environment === env) && (!ref || d.ref === ref))
        .slice()
        .reverse(); // newest first, as GitHub lists them
      return [
        200,
        paginate(
          list.map(({ statuses: _s, ...d }) => d),
          query,
        ),
      ];
    }
    if (method === 'POST') {
      const ref = str(body.ref, 'ref', true);
      const d: Deployment = {
        id: state.id(),
        ref,
        sha: /^[0-9a-f]{40}$/.test(ref) ? ref : '0'.repeat(40),
        environment: str(body.environment, 'environment') || 'production',
        description: str(body.description, 'description'),
        transient_environment: body.transient_environment === true,
        production_environment:
          body.production_environment ??
          (str(body.environment, 'environment') || 'production') === 'production',
        payload: body.payload ?? {},
        created_at: now,
        statuses: [],
      };
      repo.deployments.push(d);
      const { statuses: _s, ...out } = d;
      return [201, out];
    }
  }
  return undefined;
}

/** GET and POST /repos/{repo}/deployments/{id}/statuses */
function deploymentStatuses({ state, method, path, query, body, now }: ResourceRequest): Reply | undefined {
  const m = /^\/repos\/([^/]+\/[^/]+)\/deployments\/(\d+)\/statuses$/.exec(path);
  if (m) {
    const repo = state.repo(m[1]);
    const d = repo.deployments.find((x) => x.id === Number(m[2]));
    if (!d) throw new HttpError(404, 'Not Found');
    if (method === 'GET') return [200, paginate(d.statuses.slice().reverse(), query)];
    if (method === 'POST') {
      const s = str(body.state, 'state', true);
      if (!STATUS_STATES.includes(s)) throw new HttpError(422, `Invalid request: state '${s}' is not valid.`);
      const status: DeploymentStatus = {
        id: state.id(),
        state: s,
        description: str(body.description, 'description'),
        environment_url: str(body.environment_url, 'environment_url'),
        log_url: str(body.log_url, 'log_url'),
        created_at: now,
      };
      d.statuses.push(status);
      // GitHub's auto_inactive (default true): a success marks the earlier non-transient,
      // non-production deployments of the same environment inactive.
      if (s === 'success' && body.auto_inactive !== false) {
        for (const other of repo.deployments) {
          if (other === d || other.environment !== d.environment) continue;
          if (other.transient_environment || other.production_environment) continue;
          if (state.latestStatus(other)?.state === 'inactive') continue;
          other.statuses.push({ ...status, id: state.id(), state: 'inactive' });
        }
      }
      return [201, status];
    }
  }
  return undefined;
}

/** GET /repos/{repo}/pulls/{n} */
function pull({ state, method, path }: ResourceRequest): Reply | undefined {
  const m = /^\/repos\/([^/]+\/[^/]+)\/pulls\/(\d+)$/.exec(path);
  if (m && method === 'GET') {
    const pr = state.repo(m[1]).pulls.get(Number(m[2]));
    if (!pr) throw new HttpError(404, 'Not Found');
    return [200, pr];
  }
  return undefined;
}

function route(state: GitHubState, method: string, path: string, query: URLSearchParams, body: any): Reply {
  const request: ResourceRequest = { state, method, path, query, body, now: new Date().toISOString() };
  const reply =
    issueComments(request) ??
    issueComment(request) ??
    deployments(request) ??
    deploymentStatuses(request) ??
    pull(request);
  if (!reply) throw new HttpError(404, 'Not Found');
  return reply;
}

/** Starts the emulated GitHub API on a loopback port (0: any free one). */
export async function startGitHubApi(opts: GitHubApiOptions = {}): Promise<GitHubApiHandle> {
  const state = new GitHubState();
  const host = opts.host ?? '127.0.0.1';
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const method = req.method ?? 'GET';
    const send = (status: number, payload: unknown) => {
      state.requests.push({ method, path: url.pathname, status });
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
      res.end(payload === undefined ? '' : JSON.stringify(payload));
    };
    const token = tokenOf(req);
    if (!token || (opts.token !== undefined && token !== opts.token)) {
      send(401, { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest' });
      req.resume();
      return;
    }
    readBody(req)
      .then((body) => {
        const [status, payload] = route(state, method, url.pathname, url.searchParams, body ?? {});
        send(status, payload);
      })
      .catch((error: unknown) => {
        const status = error instanceof HttpError ? error.status : 500;
        send(status, { message: error instanceof Error ? error.message : String(error) });
      });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://${host}:${port}`,
    state,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}
