import * as core from '@actions/core';
import { createClients } from './aws/clients';
import type { getAccountId } from './aws/sts';
import { InputError, readConfig } from './config/inputs';
import type { DeployConfig } from './config/types';
import type { Docker } from './docker/docker';
import type { ensureScaling, ensureStack } from './infra/index';
import type { GitHubApi } from './github/api';
import { readPullRequestEvent } from './config/event';
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

/** The log through @actions/core: groups fold in the job log, warnings and errors become annotations. */
const coreLogger: Logger = {
  info: (m) => core.info(m),
  warning: (m) => core.warning(m),
  error: (m) => core.error(m),
  debug: (m) => core.debug(m),
  group: (name, fn) => core.group(name, fn),
};

/** Masks whatever secret the inputs carry before anything can print it, error messages included. */
function maskSecrets(config: DeployConfig): void {
  if (config.preview.githubToken) core.setSecret(config.preview.githubToken);
}

async function githubApi(config: DeployConfig): Promise<GitHubApi | undefined> {
  if (!config.preview.githubToken || !config.repository) {
    core.warning(
      "No github-token (or GITHUB_REPOSITORY): the preview's pull request comment and GitHub deployment are skipped.",
    );
    return undefined;
  }
  const { createGitHubApi } = await import('./github/api');
  return createGitHubApi(config.preview.githubToken, config.repository);
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
    config = readConfig((name) => core.getInput(name), process.env);
  } catch (error) {
    // An InputError's message names the input and what was expected.
    core.setFailed(
      error instanceof InputError
        ? error.message
        : `Invalid inputs: ${error instanceof Error ? error.message : String(error)}`,
    );
    return;
  }
  maskSecrets(config);
  for (const warning of config.warnings) core.warning(warning);
  try {
    const clients = createClients(config.region);
    const deps: Deps = {
      clients,
      docker: lazyDocker(coreLogger),
      log: coreLogger,
      now: () => Date.now(),
      sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
      setOutput: (name, value) => core.setOutput(name, value),
      setSecret: (s) => core.setSecret(s),
      writeSummary: async (markdown) => {
        await core.summary.addRaw(markdown, true).write();
      },
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
    const run: PreviewContext['deploy'] = async (c, d) => (await import('./main')).run(c, d);
    if (config.mode === 'deploy') await run(config, deps);
    else {
      // Previews, teardowns and sweeps: the pull request gets a comment and a deployment when a token is given.
      const { runPreview, runSweep, runTeardown } = await import('./preview/run');
      const ctx = {
        github: await githubApi(config),
        event: readPullRequestEvent(process.env.GITHUB_EVENT_PATH),
        runUrl: runUrl(),
        deploy: run,
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
