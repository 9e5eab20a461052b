import * as fs from 'fs';
import * as path from 'path';
import type { RegisterTaskDefinitionCommandInput, TaskDefinition } from '@aws-sdk/client-ecs';
import type { DeployConfig } from '../config/types';
import { BUILT_IN_TEMPLATE } from '../taskdef/default-template';
import { applyOverrides, checkFargateRules } from '../taskdef/fargate';
import {
  parseTaskDefinition,
  substitutePlaceholders,
  TaskDefinitionError,
  type PlaceholderName,
  type PlaceholderValue,
} from '../taskdef/template';
import { resourceTags } from '../config/tags';

export { isSameTaskDefinition } from '../taskdef/compare';
export { describeTaskDefinitionChanges } from '../taskdef/diff';
export { TaskDefinitionError } from '../taskdef/template';

export interface RenderContext {
  imageUri: string;
  accountId: string;
  logGroup: string;
  /** The runner's environment for ${env.X}; process.env when not given. */
  env?: Record<string, string | undefined>;
}

export const BUILT_IN_TEMPLATE_NAME = '(built-in Fargate template)';

// Values the preflight renders with before the image and the account are known. `.invalid` is a
// reserved top-level domain, so such an image could never be pulled by mistake.
export const PREFLIGHT_IMAGE = 'preflight.invalid/image:tag';
export const PREFLIGHT_ACCOUNT_ID = '000000000000';

/**
 * Task definition families are account-wide while service names are only unique in a cluster, so the
 * default family names both; two clusters with a service `web` then never share revisions.
 */
export function taskFamily(config: Pick<DeployConfig, 'cluster' | 'service'>): string {
  return `${config.cluster}-${config.service}`.replace(/[^A-Za-z0-9_-]/g, '-').slice(0, 255);
}

/** The RegisterTaskDefinition input for this deploy: template rendered, inputs applied, Fargate's rules checked. */
export function renderTaskDefinition(
  config: DeployConfig,
  ctx: RenderContext,
): RegisterTaskDefinitionCommandInput {
  const td = config.taskDefinition;
  const file = td.path ?? BUILT_IN_TEMPLATE_NAME;
  let text: string;
  if (td.path) {
    const full = path.resolve(config.workspace, td.path);
    try {
      text = fs.readFileSync(full, 'utf8');
    } catch (err) {
      throw new TaskDefinitionError(
        file,
        `cannot be read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message}); check the 'task-definition' input.`,
      );
    }
  } else {
    text = BUILT_IN_TEMPLATE;
  }
  const value = (v: string): PlaceholderValue => ({ value: v });
  const values: Record<PlaceholderName, PlaceholderValue> = {
    IMAGE: value(ctx.imageUri),
    SERVICE: value(config.service),
    CLUSTER: value(config.cluster),
    CONTAINER_NAME: value(td.containerName ?? config.service),
    CONTAINER_PORT: value(String(td.containerPort)),
    AWS_REGION: value(config.region),
    AWS_ACCOUNT_ID: value(ctx.accountId),
    LOG_GROUP: value(ctx.logGroup),
    ENVIRONMENT: value(config.environment),
    FAMILY: value(taskFamily(config)),
    CPU: td.cpu
      ? value(td.cpu)
      : { missing: "the 'cpu' input is not set (or write the number in the file)." },
    MEMORY: td.memory
      ? value(td.memory)
      : { missing: "the 'memory' input is not set (or write the number in the file)." },
  };
  const rendered = substitutePlaceholders(text, file, values, ctx.env ?? process.env);
  const parsed = parseTaskDefinition(rendered, file);
  const result = applyOverrides(
    parsed,
    {
      service: config.service,
      region: config.region,
      image: ctx.imageUri,
      containerName: td.containerName,
      containerPort: td.containerPort,
      environment: td.environment,
      secrets: td.secrets,
      cpu: td.cpu,
      memory: td.memory,
      taskRoleArn: td.taskRoleArn,
      executionRoleArn: td.executionRoleArn,
      logGroup: ctx.logGroup,
      tags: resourceTags(config),
    },
    file,
  );
  checkFargateRules(
    result,
    { containerName: td.containerName, service: config.service, containerPort: td.containerPort },
    file,
  );
  return result;
}

/**
 * Renders with provisional image and account so that every template and Fargate error surfaces before
 * the first AWS call (and before minutes of docker build). Nothing to check when a registered revision
 * is deployed as it is, or when nothing is deployed.
 */
export function preflightTaskDefinition(config: DeployConfig): void {
  if (config.taskDefinition.arn || config.mode === 'teardown' || config.mode === 'sweep') return;
  renderTaskDefinition(config, {
    imageUri: config.image ?? PREFLIGHT_IMAGE,
    accountId: PREFLIGHT_ACCOUNT_ID,
    logGroup: config.taskDefinition.logGroup,
  });
}

export type { TaskDefinition };
