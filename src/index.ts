import * as core from '@actions/core';
import { createClients } from './aws/clients';
import { getAccountId } from './aws/sts';
import { InputError, readConfig } from './config/inputs';
import type { DeployConfig } from './config/types';
import { createDocker } from './docker/docker';
import { ensureScaling, ensureStack } from './infra/index';
import { run } from './main';
import { buildAndPush } from './pipeline/build';
import {
  describeTaskDefinitionChanges,
  isSameTaskDefinition,
  preflightTaskDefinition,
  renderTaskDefinition,
} from './pipeline/render';
import type { Logger } from './util/log';

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
    await run(config, {
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
      stack: { ensureStack, ensureScaling },
      build: buildAndPush,
      render: {
        preflightTaskDefinition,
        renderTaskDefinition,
        isSameTaskDefinition,
        describeTaskDefinitionChanges,
      },
      getAccountId,
    });
  } catch (error) {
    core.setFailed((error instanceof Error ? error.message : String(error)).replace(/\s*\n\s*/g, ' '));
  }
}

void main();
