import * as fs from 'fs';
import * as path from 'path';
import {
  describeMemoryChoices,
  ECS_NAME,
  FARGATE_CPU_VALUES,
  isValidMemoryAnyCpu,
  joinOr,
  LOG_GROUP_NAME,
  LOG_RETENTION_DAYS,
  parseCpuUnits,
  parseMemoryMiB,
  ROLE,
  SECRET_VALUE_FROM,
  TASK_DEFINITION_REF,
  validMemoryFor,
} from './aws-limits';
import { check, InputError, InputReader } from './reader';
import type { KeyValue, Mode, SecretRef, TaskDefinitionConfig } from './types';

export const DEFAULT_TEMPLATE_PATH = 'templates/task-definition.json';

/** What the task definition section needs from the others. */
export interface TaskDefinitionContext {
  mode: Mode;
  cluster: string;
  service: string;
  workspace: string;
}

/** The task definition: the template or the registered revision, the container, its size, roles and logs. */
export function readTaskDefinition(
  r: InputReader,
  ctx: TaskDefinitionContext,
  warnings: string[] = [],
): TaskDefinitionConfig {
  const pathInput = r.str('task-definition');
  const arn = r.optional('task-definition-arn');
  const variables = containerVariables(r, warnings);
  const td: TaskDefinitionConfig = {
    arn,
    containerName: r.optional('container-name'),
    containerPort: r.int('container-port', 3000, 1, 65535),
    environment: variables.environment,
    secrets: variables.secrets,
    cpu: fargateCpu(r.str('cpu')),
    memory: fargateMemory(r.str('memory')),
    taskRoleArn: r.optional('task-role-arn'),
    executionRoleArn: r.optional('execution-role-arn'),
    logGroup: r.str('log-group') || `/ecs/${ctx.cluster}/${ctx.service}`,
    logRetentionDays: r.int('log-retention-days', 30, 0, 3653),
    keepRevisions: r.int('keep-revisions', 10, 0, 1000),
  };
  if (arn) {
    check(
      'task-definition-arn',
      TASK_DEFINITION_REF.test(arn),
      "be a task definition ARN or 'family:revision'",
      arn,
    );
    if (pathInput) {
      throw new InputError(
        'task-definition-arn',
        "Inputs 'task-definition-arn' and 'task-definition' contradict: the first deploys a registered revision as it is, the second renders a new one. Remove one of the two.",
      );
    }
  }
  const rendering = (ctx.mode === 'deploy' || ctx.mode === 'preview') && !arn;
  td.path = templatePath(pathInput, rendering, ctx.workspace);
  if (td.containerName !== undefined)
    check(
      'container-name',
      ECS_NAME.test(td.containerName),
      'be up to 255 letters, digits, _ and -',
      td.containerName,
    );
  if (td.cpu && td.memory && !validMemoryFor(Number(td.cpu))!.includes(Number(td.memory))) {
    throw new InputError(
      'memory',
      `Input 'memory' ${td.memory} does not go with cpu ${td.cpu} on Fargate: with cpu ${td.cpu}, memory must be ${describeMemoryChoices(Number(td.cpu))}.`,
    );
  }
  for (const [name, value] of [
    ['task-role-arn', td.taskRoleArn],
    ['execution-role-arn', td.executionRoleArn],
  ] as const) {
    if (value)
      check(
        name,
        ROLE.test(value),
        'be an IAM role ARN (arn:aws:iam::123456789012:role/name) or role name',
        value,
      );
  }
  check(
    'log-group',
    LOG_GROUP_NAME.test(td.logGroup),
    'be 1 to 512 letters, digits and _ - / . #',
    td.logGroup,
  );
  checkLogRetention(td.logRetentionDays);
  return td;
}

/** 0 (no retention policy: never expire) or one of the periods CloudWatch Logs accepts. */
export function checkLogRetention(days: number): void {
  if (days === 0 || LOG_RETENTION_DAYS.includes(days)) return;
  throw new InputError(
    'log-retention-days',
    `Input 'log-retention-days' must be one of CloudWatch's retention periods (${LOG_RETENTION_DAYS.join(', ')}) or 0 to never expire; got '${days}'.`,
  );
}

/** The template: the one named, else templates/task-definition.json when the workspace has it, else none (built in). */
function templatePath(given: string, rendering: boolean, workspace: string): string | undefined {
  if (given) {
    if (rendering && !fs.existsSync(path.resolve(workspace, given))) {
      throw new InputError(
        'task-definition',
        `Input 'task-definition' must name a file in the workspace; '${given}' does not exist in ${workspace}.`,
      );
    }
    return given;
  }
  return fs.existsSync(path.resolve(workspace, DEFAULT_TEMPLATE_PATH)) ? DEFAULT_TEMPLATE_PATH : undefined;
}

/**
 * `environment-variables` and `secrets`: the container's variables. A key given twice (in one input
 * or in both) is an error naming both lines; a `secrets` value that ECS could not resolve, a warning.
 */
function containerVariables(
  r: InputReader,
  warnings: string[],
): { environment: KeyValue[]; secrets: SecretRef[] } {
  const env = r.namedValueLines('environment-variables');
  const secrets = r.namedValueLines('secrets', 'NAME=valueFrom');
  for (const kv of secrets) {
    if (!kv.value.trim()) {
      throw new InputError(
        'secrets',
        `Input 'secrets' must hold NAME=valueFrom lines (valueFrom a Secrets Manager or SSM parameter ARN or name); line ${kv.line} (${kv.name}) has no valueFrom.`,
      );
    }
    if (!SECRET_VALUE_FROM.test(kv.value.trim()))
      warnings.push(
        `Input 'secrets' line ${kv.line} (${kv.name}): the value is neither a Secrets Manager or SSM parameter ARN nor an SSM parameter name or path, so the task will fail to start on AWS. Give where the secret is kept, not the secret itself.`,
      );
  }
  const seen = new Map<string, string>();
  for (const [input, lines] of [
    ['environment-variables', env],
    ['secrets', secrets],
  ] as const) {
    for (const kv of lines) {
      const here = `'${input}' line ${kv.line}`;
      const before = seen.get(kv.name);
      if (before) {
        throw new InputError(
          input,
          `${kv.name} is set twice, by ${before} and by ${here}: a container variable has one value; remove one of the lines.`,
        );
      }
      seen.set(kv.name, here);
    }
  }
  return {
    environment: env.map((kv) => ({ name: kv.name, value: kv.value })),
    secrets: secrets.map((kv) => ({ name: kv.name, valueFrom: kv.value.trim() })),
  };
}

/** CPU units as ECS stores them, from '1024' or '1 vCPU'. */
function fargateCpu(value: string): string | undefined {
  if (!value) return undefined;
  const units = parseCpuUnits(value);
  check(
    'cpu',
    units !== undefined && FARGATE_CPU_VALUES.includes(units),
    `be a Fargate CPU size: ${joinOr(FARGATE_CPU_VALUES.map(String))} (units, 1024 = 1 vCPU)`,
    value,
  );
  return String(units);
}

/** MiB as ECS stores them, from '2048' or '2 GB'. */
function fargateMemory(value: string): string | undefined {
  if (!value) return undefined;
  const mib = parseMemoryMiB(value);
  check(
    'memory',
    mib !== undefined && isValidMemoryAnyCpu(mib),
    'be a Fargate memory size in MiB such as 512, 1024 or 2048',
    value,
  );
  return String(mib);
}
