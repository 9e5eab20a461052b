import type { RegisterTaskDefinitionCommandInput, TaskDefinition } from '@aws-sdk/client-ecs';
import type { AwsClients } from '../aws/clients';
import type { getAccountId } from '../aws/sts';
import type { DeployConfig } from '../config/types';
import type { Docker } from '../docker/docker';
import type { checkStackReferences, ensureScaling, ensureStack } from '../infra/index';
import type { Logger } from '../util/log';
import type { SecretMasker } from '../util/mask';
import type { buildAndPush } from './build';

/** The render module's functions (src/pipeline/render.ts), injected so that tests can use fakes. */
export interface RenderFunctions {
  preflightTaskDefinition(config: DeployConfig): void;
  renderTaskDefinition(
    config: DeployConfig,
    ctx: { imageUri: string; accountId: string; logGroup: string },
  ): RegisterTaskDefinitionCommandInput;
  isSameTaskDefinition(
    desired: RegisterTaskDefinitionCommandInput,
    current: TaskDefinition | undefined,
  ): boolean;
  describeTaskDefinitionChanges(
    current: TaskDefinition | undefined,
    desired: RegisterTaskDefinitionCommandInput,
  ): string[];
}

/** Everything run() touches outside itself, so every phase is tested without @actions/core and without a daemon. */
export interface Deps {
  clients: AwsClients;
  docker: Docker;
  log: Logger;
  now(): number;
  sleep(ms: number): Promise<void>;
  setOutput(name: string, value: string): void;
  setSecret(s: string): void;
  writeSummary(markdown: string): Promise<void>;
  stack: {
    checkStackReferences: typeof checkStackReferences;
    ensureStack: typeof ensureStack;
    ensureScaling: typeof ensureScaling;
  };
  build: typeof buildAndPush;
  render: RenderFunctions;
  getAccountId: typeof getAccountId;
  /** The values registered as secrets: the failure digest masks them in the task's log lines. */
  secrets?: SecretMasker;
  /** For the retry jitter; Math.random by default. */
  random?(): number;
}
