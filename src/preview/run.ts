import type { DeployConfig } from '../config/types';
import type { GitHubApi } from '../github/api';
import { previewCommentBody, PreviewCommentModel, upsertPreviewComment } from '../github/comment';
import {
  deactivatePreviewDeployments,
  finishPreviewDeployment,
  startPreviewDeployment,
} from '../github/deployment';
import { isForkPullRequest, PullRequestEvent } from '../config/event';
import type { Deps } from '../pipeline/deps';
import { RunFailedError } from '../pipeline/result';
import type { RunResult } from '../report/model';
import type { Logger } from '../util/log';
import { errorMessage as oneLine } from '../util/errors';
import { tagResource } from '../aws/ecs';
import { addTags, listTargetGroups } from '../aws/elbv2';
import { findPreview } from './find';
import { capacityMessage, capacityProblems } from './limits';
import { expiresAt, PREVIEW_TAGS, previewDeployConfig, previewNames, PreviewNames } from './names';
import { findPreviews, sweepDecision } from './sweep';
import { teardownMarkdown, teardownPreview, TeardownStep } from './teardown';

/** What the preview modes need besides the deploy pipeline's dependencies. */
export interface PreviewContext {
  /** Absent without a github-token: previews then work without the comment and the deployment. */
  github?: GitHubApi;
  /** The pull_request event of the run, when there is one. */
  event?: PullRequestEvent;
  /** Link to the workflow run, for the comment and the deployment's log_url. */
  runUrl?: string;
  /** The deploy pipeline (run in src/main.ts), injected so that tests can replace it. */
  deploy(config: DeployConfig, deps: Deps): Promise<RunResult>;
}

/** The run was deliberately not done (fork, label missing): the step ends without changing anything. */
export class PreviewRefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PreviewRefusedError';
  }
}

/** A GitHub call that must not decide the outcome: the preview works (or is gone) even when the comment fails. */
async function bestEffort<T>(log: Logger, what: string, fn: () => Promise<T>): Promise<T | undefined> {
  try {
    return await fn();
  } catch (error) {
    log.warning(`Could not ${what} on GitHub: ${oneLine(error)}`);
    return undefined;
  }
}

function pullRequestOf(config: DeployConfig): number {
  const n = config.preview.pullRequest;
  if (n === undefined)
    throw new Error(`Mode '${config.mode}' needs the pull request number (input 'pull-request').`);
  return n;
}

/** The event, when it is about this pull request; otherwise what the API says about it. */
async function pullRequestFacts(
  n: number,
  ctx: PreviewContext,
  log: Logger,
): Promise<{ labels?: string[]; headRepo?: string; baseRepo?: string; headSha?: string; known: boolean }> {
  if (ctx.event && ctx.event.number === n)
    return {
      labels: ctx.event.labels,
      headRepo: ctx.event.headRepo,
      baseRepo: ctx.event.baseRepo,
      headSha: ctx.event.headSha,
      known: true,
    };
  if (!ctx.github) return { known: false };
  const pr = await bestEffort(log, `read pull request #${n}`, () => ctx.github!.getPullRequest(n));
  if (!pr) return { known: false };
  return {
    labels: pr.labels,
    headRepo: pr.headRepo,
    baseRepo: pr.baseRepo,
    headSha: pr.headSha,
    known: true,
  };
}

type PullRequestFacts = Awaited<ReturnType<typeof pullRequestFacts>>;

/**
 * Refuses forks (an error) and pull requests without the opt-in label (a skip: false) before any
 * AWS call; true when the preview may be deployed.
 */
async function previewAllowed(
  config: DeployConfig,
  deps: Deps,
  n: number,
  facts: PullRequestFacts,
): Promise<boolean> {
  const { log } = deps;
  if (
    facts.known &&
    isForkPullRequest(
      { number: n, labels: [], headRepo: facts.headRepo, baseRepo: facts.baseRepo ?? config.repository },
      config.repository,
    )
  ) {
    throw new PreviewRefusedError(
      `Pull request #${n} comes from ${facts.headRepo ? `the fork ${facts.headRepo}` : 'a fork that no longer exists'}: ` +
        "previews are never deployed for forks, because the fork's code would run with this repository's AWS role. Nothing was changed.",
    );
  }
  const label = config.preview.label;
  if (!label) return true;
  if (!facts.labels) {
    log.warning(
      `Preview skipped: cannot tell whether pull request #${n} has the label '${label}' (no pull_request event and no readable pull request). Nothing was changed.`,
    );
    return false;
  }
  if (!facts.labels.includes(label)) {
    log.info(
      `Preview skipped: pull request #${n} does not have the label '${label}' (preview-label). Add the label to deploy a preview. Nothing was changed.`,
    );
    await deps
      .writeSummary(
        `### Preview skipped\n\nPull request #${n} does not have the label \`${label}\`; add it to get a preview.\n`,
      )
      .catch(() => undefined);
    return false;
  }
  return true;
}

/**
 * Quotas first: a preview that does not fit must fail before the first resource exists. On a
 * problem, `onProblem` gets the message (for the comment) before the error is thrown.
 */
async function checkCapacity(
  config: DeployConfig,
  deps: Deps,
  n: number,
  names: PreviewNames,
  onProblem: (message: string) => Promise<void>,
): Promise<Awaited<ReturnType<typeof findPreview>>> {
  const { log } = deps;
  return log.group('Preview capacity', async () => {
    const f = await findPreview(deps.clients, names);
    const routingPort = config.loadBalancer.certificateArn ? 443 : 80;
    const routing = f.listeners.find((l) => l.Port === routingPort);
    const attached = f.loadBalancerArn ? await listTargetGroups(deps.clients.elbv2, f.loadBalancerArn) : [];
    const problems = capacityProblems({
      rules: f.rules.length,
      targetGroups: attached.length,
      takenPriorities: f.rules
        .filter((r) => r.listenerArn === routing?.ListenerArn)
        .map((r) => Number(r.rule.Priority)),
      band: config.preview.priorityBand,
      hasRule: !!f.rule,
      hasTargetGroup: attached.some((t) => t.TargetGroupArn === f.targetGroup?.TargetGroupArn),
    });
    log.info(
      `Load balancer ${names.loadBalancer}: ${f.loadBalancerArn ? `${f.rules.length} rules, ${attached.length} target groups` : 'not created yet'}; preview ${f.rule ? 'exists (update)' : 'is new'}.`,
    );
    if (problems.length > 0) {
      const message = capacityMessage(n, problems);
      await onProblem(message);
      throw new Error(message);
    }
    return f;
  });
}

/**
 * mode: preview. Refuses forks and pull requests without the opt-in label before any AWS call,
 * checks the load balancer's quotas before creating anything, then runs the deploy pipeline for the
 * preview's own service and reports to the pull request (one comment, one transient deployment).
 */
export async function runPreview(
  config: DeployConfig,
  deps: Deps,
  ctx: PreviewContext,
): Promise<RunResult | undefined> {
  const { log } = deps;
  const n = pullRequestOf(config);
  const names = previewNames(config, n);
  const facts = await pullRequestFacts(n, ctx, log);
  if (!(await previewAllowed(config, deps, n, facts))) return undefined;

  const previewConfig = previewDeployConfig(config, n, deps.now());
  const comment: PreviewCommentModel = {
    pullRequest: n,
    status: 'deploying',
    service: names.service,
    cluster: names.cluster,
    commitSha: facts.headSha ?? config.commitSha,
    expiresAt: expiresAt(deps.now(), config.preview.ttlHours),
    pathPrefix: names.pathPrefix,
    runUrl: ctx.runUrl,
  };
  const github = ctx.github;
  const publish = async () => {
    if (!github) return;
    await bestEffort(log, 'update the preview comment', () =>
      upsertPreviewComment(github, n, previewCommentBody(comment)),
    );
  };

  const found = await checkCapacity(config, deps, n, names, async (problem) => {
    comment.status = 'failed';
    comment.failure = problem;
    await publish();
  });

  await publish();
  const deploymentId = github
    ? await bestEffort(log, 'create the deployment', () =>
        startPreviewDeployment(github, {
          pullRequest: n,
          ref: facts.headSha ?? config.commitSha ?? config.ref,
          description: `Preview of #${n} (${names.service})`,
          logUrl: ctx.runUrl,
        }),
      )
    : undefined;

  let result: RunResult | undefined;
  let failure: unknown;
  try {
    result = await ctx.deploy(previewConfig, deps);
  } catch (error) {
    failure = error;
    result = error instanceof RunFailedError ? error.result : undefined;
  }
  comment.url = result?.url;
  comment.image = result?.imageUri;
  if (failure === undefined) {
    comment.status = 'ready';
    await refreshExpiry(deps, names, found.service?.serviceArn ?? result?.serviceArn, previewConfig, log);
  } else {
    comment.status = 'failed';
    comment.failure = result?.failure ?? oneLine(failure);
    comment.digest = result?.digest;
  }
  await publish();
  if (github && deploymentId !== undefined)
    await bestEffort(log, 'set the deployment status', () =>
      finishPreviewDeployment(github, deploymentId, {
        state: failure === undefined ? 'success' : 'failure',
        environmentUrl: result?.url,
        logUrl: ctx.runUrl,
        description: failure === undefined ? 'Preview ready' : (comment.failure ?? 'Preview failed'),
      }),
    );
  if (failure !== undefined) throw failure;
  return result;
}

/** Moves the expiry on with every push: a preview that is worked on is not swept. */
async function refreshExpiry(
  deps: Deps,
  names: PreviewNames,
  serviceArn: string | undefined,
  config: DeployConfig,
  log: Logger,
): Promise<void> {
  const expiry = config.tags.find((t) => t.name === PREVIEW_TAGS.expiresAt)?.value;
  if (!expiry) return;
  try {
    const f = await findPreview(deps.clients, names);
    const tags = { [PREVIEW_TAGS.expiresAt]: expiry };
    const arns = [f.rule?.RuleArn, f.targetGroup?.TargetGroupArn].filter((a): a is string => !!a);
    await addTags(deps.clients.elbv2, arns, tags);
    const arn = f.service?.serviceArn ?? serviceArn;
    if (arn) await tagResource(deps.clients.ecs, arn, tags);
    log.info(`Preview expires ${expiry}.`);
  } catch (error) {
    log.warning(`Could not move the preview's expiry to ${expiry}: ${oneLine(error)}`);
  }
}

/** mode: teardown. Removes the preview's AWS resources, then marks the deployment inactive and the comment torn down. */
export async function runTeardown(
  config: DeployConfig,
  deps: Deps,
  ctx: Pick<PreviewContext, 'github' | 'runUrl'>,
  reason = 'the pull request was closed',
): Promise<TeardownStep[]> {
  const n = pullRequestOf(config);
  return teardownOne(config, deps, ctx, n, reason, true);
}

async function teardownOne(
  config: DeployConfig,
  deps: Deps,
  ctx: Pick<PreviewContext, 'github' | 'runUrl'>,
  n: number,
  reason: string,
  summary: boolean,
): Promise<TeardownStep[]> {
  const { log } = deps;
  const names = previewNames(config, n);
  const steps = await log.group(`Teardown of the preview of #${n}`, () =>
    teardownPreview(deps.clients, names, { log, sleep: deps.sleep }),
  );
  const github = ctx.github;
  if (github) {
    const inactive = await bestEffort(log, 'mark the deployment inactive', () =>
      deactivatePreviewDeployments(github, n),
    );
    if (inactive) log.info(`Marked ${inactive} deployment(s) of environment pr-${n} inactive.`);
    const body = previewCommentBody({
      pullRequest: n,
      status: 'torn-down',
      service: names.service,
      cluster: names.cluster,
      note: `Removed because ${reason}.`,
    });
    const r = await bestEffort(log, 'update the preview comment', () =>
      upsertPreviewComment(github, n, body, { createIfMissing: false }),
    );
    if (r?.action === 'updated') log.info('Preview comment updated: torn down.');
  }
  if (summary)
    await deps
      .writeSummary(teardownMarkdown(n, steps))
      .catch((e) => log.warning(`Could not write the job summary: ${oneLine(e)}`));
  return steps;
}

export interface SweepReport {
  removed: { pullRequest: number; reason: string }[];
  kept: { pullRequest: number; reason: string }[];
  failed: { pullRequest: number; error: string }[];
}

/** mode: sweep. Removes the service's previews whose expiry passed or whose pull request is closed. */
export async function runSweep(
  config: DeployConfig,
  deps: Deps,
  ctx: Pick<PreviewContext, 'github' | 'runUrl'>,
): Promise<SweepReport> {
  const { log } = deps;
  const names = previewNames(config, 1);
  const previews = await log.group('Find previews', async () => {
    const found = await findPreviews(
      deps.clients,
      { cluster: config.cluster, loadBalancer: names.loadBalancer },
      { service: config.service, repository: config.repository },
    );
    log.info(
      `${found.length} preview(s) of ${config.service}: ${found.map((p) => `#${p.pullRequest}`).join(', ') || 'none'}`,
    );
    return found;
  });
  const report: SweepReport = { removed: [], kept: [], failed: [] };
  for (const p of previews) {
    let state: 'open' | 'closed' | 'unknown' = 'unknown';
    if (ctx.github) {
      const pr = await bestEffort(log, `read pull request #${p.pullRequest}`, () =>
        ctx.github!.getPullRequest(p.pullRequest),
      );
      if (pr) state = pr.state;
    }
    const decision = sweepDecision(p, deps.now(), state);
    if (!decision.remove) {
      log.info(`#${p.pullRequest}: kept (${decision.reason})`);
      report.kept.push({ pullRequest: p.pullRequest, reason: decision.reason });
      continue;
    }
    log.info(`#${p.pullRequest}: removing (${decision.reason})`);
    try {
      await teardownOne(config, deps, ctx, p.pullRequest, decision.reason, false);
      report.removed.push({ pullRequest: p.pullRequest, reason: decision.reason });
    } catch (error) {
      // One preview that cannot be removed now must not keep the others.
      log.error(`#${p.pullRequest}: ${oneLine(error)}`);
      report.failed.push({ pullRequest: p.pullRequest, error: oneLine(error) });
    }
  }
  await deps
    .writeSummary(sweepMarkdown(config.service, report))
    .catch((e) => log.warning(`Could not write the job summary: ${oneLine(e)}`));
  log.info(
    `Sweep: ${report.removed.length} removed, ${report.kept.length} kept, ${report.failed.length} failed.`,
  );
  if (report.failed.length > 0)
    throw new Error(
      `The sweep could not remove ${report.failed.map((f) => `#${f.pullRequest}`).join(', ')}: ${report.failed[0].error}`,
    );
  return report;
}

export function sweepMarkdown(service: string, r: SweepReport): string {
  const lines = [`### Preview sweep of ${service}`, ''];
  if (r.removed.length + r.kept.length + r.failed.length === 0) lines.push('No previews found.');
  else {
    lines.push('| Pull request | Result | Why |', '|---|---|---|');
    for (const x of r.removed) lines.push(`| #${x.pullRequest} | removed | ${x.reason} |`);
    for (const x of r.failed) lines.push(`| #${x.pullRequest} | failed | ${x.error.replace(/\|/g, '\\|')} |`);
    for (const x of r.kept) lines.push(`| #${x.pullRequest} | kept | ${x.reason} |`);
  }
  return lines.join('\n') + '\n';
}
