import * as core from '@actions/core';
import { createClients } from './aws/clients';
import { getAccountId } from './aws/sts';
import { InputError, readConfig } from './config/inputs';
import type { DeployConfig } from './config/types';
import { createDocker } from './docker/docker';
import { checkStackReferences, ensureScaling, ensureStack } from './infra/index';
import { createGitHubApi, GitHubApi } from './github/api';
import { readPullRequestEvent } from './config/event';
import { run } from './main';
import type { Deps } from './pipeline/deps';
import { runPreview, runSweep, runTeardown } from './preview/run';
import { buildAndPush } from './pipeline/build';
import {
  describeTaskDefinitionChanges,
  isSameTaskDefinition,
  preflightTaskDefinition,
  renderTaskDefinition,
} from './pipeline/render';
import type { Logger } from './util/log';
import { errorMessage as oneLine } from './util/errors';

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

function githubApi(config: DeployConfig): GitHubApi | undefined {
  if (!config.preview.githubToken || !config.repository) {
    core.warning(
      "No github-token (or GITHUB_REPOSITORY): the preview's pull request comment and GitHub deployment are skipped.",
    );
    return undefined;
  }
  return createGitHubApi(config.preview.githubToken, config.repository);
}

function runUrl(): string | undefined {
  const { GITHUB_SERVER_URL, GITHUB_REPOSITORY, GITHUB_RUN_ID } = process.env;
  if (!GITHUB_REPOSITORY || !GITHUB_RUN_ID) return undefined;
  return `${GITHUB_SERVER_URL || 'https://github.com'}/${GITHUB_REPOSITORY}/actions/runs/${GITHUB_RUN_ID}`;
}

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
      docker: await createDocker(coreLogger),
      log: coreLogger,
      now: () => Date.now(),
      sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
      setOutput: (name, value) => core.setOutput(name, value),
      setSecret: (s) => core.setSecret(s),
      writeSummary: async (markdown) => {
        await core.summary.addRaw(markdown, true).write();
      },
      stack: { checkStackReferences, ensureStack, ensureScaling },
      build: buildAndPush,
      render: {
        preflightTaskDefinition,
        renderTaskDefinition,
        isSameTaskDefinition,
        describeTaskDefinitionChanges,
      },
      getAccountId,
    };
    if (config.mode === 'deploy') await run(config, deps);
    else {
      // Previews, teardowns and sweeps: the pull request gets a comment and a deployment when a token is given.
      const ctx = {
        github: githubApi(config),
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
