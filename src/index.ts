import * as core from './util/runner';
import { createClients } from './aws/clients';
import type { getAccountId } from './aws/sts';
import { InputError, readConfig } from './config/inputs';
import type { DeployConfig } from './config/types';
import type { Docker } from './docker/docker';
import type { checkStackReferences, ensureScaling, ensureStack } from './infra/index';
import type { GitHubApi } from './github/api';
import { readPullRequestEvent } from './config/event';
import { maskedCommentApi } from './github/comment';
import { CANCEL_BUDGET_MS, cancelRun, RunTracker } from './pipeline/cancel';
import { maskedSinks } from './pipeline/report';
import { SecretMasker } from './util/mask';
import type { Deps } from './pipeline/deps';
import type { PreviewContext } from './preview/run';
import type { buildAndPush } from './pipeline/build';
import {
  describeTaskDefinitionChanges,
  isSameTaskDefinition,
  preflightTaskDefinition,
  renderTaskDefinition,
} from './pipeline/render';
import type { Logger } from './util/log';
import { errorMessage as oneLine } from './util/errors';

/*
 * What a mode does not need is not loaded: the pipeline, the stack (and with it the EC2 client),
 * the build (ECR, the Docker CLI), the preview modes and Octokit are each imported on their first
 * use. The bundle evaluates a module only when it is first required, so a run pays at start-up
 * only for the inputs and the first call it makes (docs/benchmarks.md, "Start-up").
 */

/** The log through the runner's commands: groups fold in the job log, warnings and errors become annotations. */
const coreLogger: Logger = {
  info: (m) => core.info(m),
  warning: (m) => core.warning(m),
  error: (m) => core.error(m),
  debug: (m) => core.debug(m),
  group: (name, fn) => core.group(name, fn),
};

/**
 * The one masker: every value that may be a secret is registered with it and with the runner
 * (core.setSecret, which masks the job log) as the inputs are read, before anything is printed.
 * The outputs, the job summary and the pull request comment are masked with it.
 */
const secrets = new SecretMasker();
const registerSecret = (value: string): void => {
  if (secrets.add(value)) core.setSecret(value);
};

/** The run a cancel interrupts. */
const tracker = new RunTracker();

/** 128 + the signal's number, as a shell reports a process ended by it. */
const SIGNAL_EXIT_CODES: Record<string, number> = { SIGINT: 130, SIGTERM: 143 };

/**
 * A runner cancels with SIGINT, then SIGTERM 7.5 s later. On the first, the action says what was in
 * progress and what happens to it, sets the outputs and writes the summary (cancelRun), then exits
 * non-zero within CANCEL_BUDGET_MS; a second signal before that ends it at once.
 */
function exitOnCancel(sinks: Parameters<typeof cancelRun>[2]): void {
  let cancelling = false;
  const onSignal = (signal: NodeJS.Signals): void => {
    const code = SIGNAL_EXIT_CODES[signal] ?? 1;
    if (cancelling) process.exit(code);
    cancelling = true;
    setTimeout(() => process.exit(code), CANCEL_BUDGET_MS).unref();
    void cancelRun(signal, tracker, sinks)
      .then((line) => core.setFailed(line))
      .catch((error) =>
        core.setFailed(`Cancelled (${signal}); the cancel's report failed: ${oneLine(error)}`),
      )
      .finally(() => process.exit(code));
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
}

async function githubApi(config: DeployConfig): Promise<GitHubApi | undefined> {
  if (!config.preview.githubToken || !config.repository) {
    core.warning(
      "No github-token (or GITHUB_REPOSITORY): the preview's pull request comment and GitHub deployment are skipped.",
    );
    return undefined;
  }
  const { createGitHubApi } = await import('./github/api');
  return maskedCommentApi(createGitHubApi(config.preview.githubToken, config.repository), secrets);
}

function runUrl(): string | undefined {
  const { GITHUB_SERVER_URL, GITHUB_REPOSITORY, GITHUB_RUN_ID } = process.env;
  if (!GITHUB_REPOSITORY || !GITHUB_RUN_ID) return undefined;
  return `${GITHUB_SERVER_URL || 'https://github.com'}/${GITHUB_REPOSITORY}/actions/runs/${GITHUB_RUN_ID}`;
}

/** The Docker CLI, probed (`docker buildx version`) only when a build or an image check needs it. */
function lazyDocker(log: Logger): Docker {
  let docker: Promise<Docker> | undefined;
  const cli = () => (docker ??= import('./docker/docker').then((m) => m.createDocker(log)));
  return {
    login: async (...args) => (await cli()).login(...args),
    build: async (...args) => (await cli()).build(...args),
    push: async (...args) => (await cli()).push(...args),
    imageExists: async (...args) => (await cli()).imageExists(...args),
  };
}

const stack = {
  checkStackReferences: async (...args: Parameters<typeof checkStackReferences>) =>
    (await import('./infra/index')).checkStackReferences(...args),
  ensureStack: async (...args: Parameters<typeof ensureStack>) =>
    (await import('./infra/index')).ensureStack(...args),
  ensureScaling: async (...args: Parameters<typeof ensureScaling>) =>
    (await import('./infra/index')).ensureScaling(...args),
};

const build: typeof buildAndPush = async (...args) =>
  (await import('./pipeline/build')).buildAndPush(...args);

const accountId: typeof getAccountId = async (...args) => (await import('./aws/sts')).getAccountId(...args);

async function main(): Promise<void> {
  let config: DeployConfig;
  try {
    config = readConfig((name) => core.getInput(name), process.env, registerSecret);
  } catch (error) {
    // An InputError's message names the input and what was expected.
    core.setFailed(
      error instanceof InputError
        ? error.message
        : `Invalid inputs: ${error instanceof Error ? error.message : String(error)}`,
    );
    return;
  }
  for (const warning of config.warnings) core.warning(warning);
  try {
    const clients = createClients(config.region);
    const sinks = maskedSinks(
      {
        log: coreLogger,
        now: () => Date.now(),
        setOutput: (name: string, value: string) => core.setOutput(name, value),
        writeSummary: (markdown: string) => core.writeSummary(markdown),
      },
      secrets,
    );
    exitOnCancel(sinks);
    const deps: Deps = {
      ...sinks,
      clients,
      docker: lazyDocker(coreLogger),
      sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
      setSecret: registerSecret,
      secrets,
      stack,
      build,
      render: {
        preflightTaskDefinition,
        renderTaskDefinition,
        isSameTaskDefinition,
        describeTaskDefinitionChanges,
      },
      getAccountId: accountId,
    };
    // The deploy pipeline: loaded by a deploy, and by a preview when it deploys; never by a teardown.
    const deploy: PreviewContext['deploy'] = async (c, d) => (await import('./main')).run(c, d, tracker);
    if (config.mode === 'deploy') await deploy(config, deps);
    else {
      // Previews, teardowns and sweeps: the pull request gets a comment and a deployment when a token is given.
      const { runPreview, runSweep, runTeardown } = await import('./preview/run');
      const ctx = {
        github: await githubApi(config),
        event: readPullRequestEvent(process.env.GITHUB_EVENT_PATH),
        runUrl: runUrl(),
        deploy,
      };
      if (config.mode === 'preview') await runPreview(config, deps, ctx);
      else if (config.mode === 'teardown') await runTeardown(config, deps, ctx);
      else await runSweep(config, deps, ctx);
    }
  } catch (error) {
    core.setFailed(oneLine(error));
  }
}

void main();
