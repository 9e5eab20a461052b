import type {
  ContainerDefinition,
  KeyValuePair,
  RegisterTaskDefinitionCommandInput,
  Secret,
  Tag,
} from '@aws-sdk/client-ecs';
import type { KeyValue, SecretRef } from '../config/types';
import {
  describeMemoryChoices,
  FARGATE_CPU_VALUES,
  FARGATE_EPHEMERAL_STORAGE_GIB,
  joinOr,
  parseCpuUnits,
  parseMemoryMiB,
  TASK_FAMILY,
  validMemoryFor,
} from '../config/aws-limits';
import { trafficContainer } from './container';
import { TaskDefinitionError } from './template';

export interface TaskDefinitionOverrides {
  service: string;
  region: string;
  image: string;
  containerName?: string;
  containerPort: number;
  environment: KeyValue[];
  secrets: SecretRef[];
  cpu?: string;
  memory?: string;
  taskRoleArn?: string;
  executionRoleArn?: string;
  logGroup: string;
  tags: KeyValue[];
}

/** The traffic container (see `trafficContainer`), or an error that says why there is none. */
export function selectContainer(
  td: RegisterTaskDefinitionCommandInput,
  containerName: string | undefined,
  service: string,
  file: string,
): ContainerDefinition {
  const containers = td.containerDefinitions ?? [];
  const found = trafficContainer(containers, { service, taskDefinition: { containerName } });
  if (found) return found;
  const names = containers.map((c) => c.name ?? '(unnamed)').join(', ');
  if (containerName)
    throw new TaskDefinitionError(
      file,
      `has no container named '${containerName}' (input 'container-name'); its containers are ${names}.`,
    );
  throw new TaskDefinitionError(
    file,
    `has ${containers.length} containers (${names}) and none is named like the service '${service}': set 'container-name' to the one that serves traffic.`,
  );
}

/** Applies the inputs that override the file: image, environment, secrets, size, roles, default logging, tags. */
export function applyOverrides(
  input: RegisterTaskDefinitionCommandInput,
  o: TaskDefinitionOverrides,
  file: string,
): RegisterTaskDefinitionCommandInput {
  const td: RegisterTaskDefinitionCommandInput = structuredClone(input);
  const main = selectContainer(td, o.containerName, o.service, file);
  main.image = o.image;
  if (o.environment.length)
    main.environment = mergeByName<KeyValuePair>(
      main.environment,
      o.environment.map((e) => ({ name: e.name, value: e.value })),
    );
  if (o.secrets.length)
    main.secrets = mergeByName<Secret>(
      main.secrets,
      o.secrets.map((s) => ({ name: s.name, valueFrom: s.valueFrom })),
    );
  if (o.cpu) td.cpu = o.cpu;
  if (o.memory) td.memory = o.memory;
  if (o.taskRoleArn) td.taskRoleArn = o.taskRoleArn;
  if (o.executionRoleArn) td.executionRoleArn = o.executionRoleArn;
  // ECS stores "1 vCPU" / "2 GB" as units; writing units keeps the comparison with the running revision simple.
  if (td.cpu !== undefined) td.cpu = String(parseCpuUnits(String(td.cpu)) ?? td.cpu);
  if (td.memory !== undefined) td.memory = String(parseMemoryMiB(String(td.memory)) ?? td.memory);
  td.networkMode = td.networkMode ?? 'awsvpc';
  td.requiresCompatibilities = td.requiresCompatibilities?.length ? td.requiresCompatibilities : ['FARGATE'];
  for (const c of td.containerDefinitions ?? []) {
    // Without a log configuration a failed task leaves nothing to read; the service's log group is the default.
    c.logConfiguration = c.logConfiguration ?? {
      logDriver: 'awslogs',
      options: {
        'awslogs-group': o.logGroup,
        'awslogs-region': o.region,
        'awslogs-stream-prefix': o.service,
      },
    };
  }
  if (o.tags.length || td.tags?.length) {
    const tags = new Map<string, string>((td.tags ?? []).map((t: Tag) => [t.key ?? '', t.value ?? '']));
    for (const t of o.tags) tags.set(t.name, t.value);
    td.tags = [...tags].map(([key, value]) => ({ key, value }));
  }
  return td;
}

function mergeByName<T extends { name?: string }>(current: T[] | undefined, extra: T[]): T[] {
  const byName = new Map<string, T>();
  for (const e of current ?? []) byName.set(e.name ?? '', e);
  for (const e of extra) byName.set(e.name ?? '', e);
  return [...byName.values()];
}

/**
 * The rules Fargate enforces at RegisterTaskDefinition or at task launch, checked before any AWS call so
 * that a bad template fails in seconds with every problem listed, not after the image was pushed.
 */
export function checkFargateRules(
  td: RegisterTaskDefinitionCommandInput,
  o: { containerName?: string; service: string; containerPort: number },
  file: string,
): void {
  const problems = [
    ...taskProblems(td),
    ...containerProblems(td),
    ...trafficContainerProblems(td, o, file),
    ...executionRoleProblems(td),
  ];
  const storage = td.ephemeralStorage?.sizeInGiB;
  const [storageMin, storageMax] = FARGATE_EPHEMERAL_STORAGE_GIB;
  if (storage !== undefined && (storage < storageMin || storage > storageMax)) {
    problems.push(
      `ephemeralStorage.sizeInGiB must be from ${storageMin} to ${storageMax} on Fargate; it is ${storage}.`,
    );
  }
  if (problems.length === 1) throw new TaskDefinitionError(file, problems[0]);
  if (problems.length)
    throw new TaskDefinitionError(
      file,
      `breaks Fargate's rules:\n${problems.map((p) => `  - ${p}`).join('\n')}`,
    );
}

/** Network mode, compatibility, family, and a task size Fargate has. */
function taskProblems(td: RegisterTaskDefinitionCommandInput): string[] {
  const problems: string[] = [];
  if (td.networkMode !== 'awsvpc')
    problems.push(`networkMode must be "awsvpc" on Fargate; it is "${td.networkMode}".`);
  if (!td.requiresCompatibilities?.includes('FARGATE')) {
    problems.push(
      `requiresCompatibilities must include "FARGATE"; it is ${JSON.stringify(td.requiresCompatibilities)}.`,
    );
  }
  if (!td.family || !TASK_FAMILY.test(td.family)) {
    problems.push(`family must be 1 to 255 letters, digits, - and _; it is ${JSON.stringify(td.family)}.`);
  }
  const { cpu, memory } = taskSize(td);
  if (cpu === undefined || memory === undefined) {
    problems.push(
      "Fargate needs task-level cpu and memory: set them in the file or with the 'cpu' and 'memory' inputs.",
    );
  } else if (!FARGATE_CPU_VALUES.includes(cpu)) {
    problems.push(`cpu ${td.cpu} is not a Fargate size; use ${joinOr(FARGATE_CPU_VALUES.map(String))}.`);
  } else if (!validMemoryFor(cpu)!.includes(memory)) {
    problems.push(
      `memory ${td.memory} does not go with cpu ${cpu} on Fargate; with cpu ${cpu} use ${describeMemoryChoices(cpu)}.`,
    );
  }
  return problems;
}

function taskSize(td: RegisterTaskDefinitionCommandInput): { cpu?: number; memory?: number } {
  return {
    cpu: td.cpu === undefined ? undefined : Number(td.cpu),
    memory: td.memory === undefined ? undefined : Number(td.memory),
  };
}

/** Each container: named once, an image, nothing awsvpc or Fargate refuses; together within the task's size. */
function containerProblems(td: RegisterTaskDefinitionCommandInput): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  let containerCpu = 0;
  let containerMemory = 0;
  for (const [i, c] of (td.containerDefinitions ?? []).entries()) {
    const label = c.name ? `container '${c.name}'` : `container #${i + 1}`;
    if (!c.name) problems.push(`${label} has no name.`);
    else if (seen.has(c.name)) problems.push(`${label} appears twice.`);
    if (c.name) seen.add(c.name);
    if (!c.image) problems.push(`${label} has no image.`);
    if (c.links?.length)
      problems.push(
        `${label} uses links, which awsvpc does not support (containers of a task reach each other on localhost).`,
      );
    if (c.privileged) problems.push(`${label} is privileged, which Fargate does not allow.`);
    for (const p of c.portMappings ?? []) {
      if (p.hostPort !== undefined && p.containerPort !== undefined && p.hostPort !== p.containerPort) {
        problems.push(
          `${label} maps hostPort ${p.hostPort} to containerPort ${p.containerPort}; with awsvpc they must be equal (or hostPort left out).`,
        );
      }
    }
    containerCpu += c.cpu ?? 0;
    containerMemory += c.memory ?? c.memoryReservation ?? 0;
  }
  const { cpu, memory } = taskSize(td);
  if (cpu !== undefined && containerCpu > cpu)
    problems.push(`the containers reserve ${containerCpu} cpu units in all, more than the task's ${cpu}.`);
  if (memory !== undefined && containerMemory > memory)
    problems.push(`the containers reserve ${containerMemory} MiB in all, more than the task's ${memory}.`);
  return problems;
}

/** The traffic container exists, is essential and maps the container port. */
function trafficContainerProblems(
  td: RegisterTaskDefinitionCommandInput,
  o: { containerName?: string; service: string; containerPort: number },
  file: string,
): string[] {
  let main: ContainerDefinition;
  try {
    main = selectContainer(td, o.containerName, o.service, file);
  } catch (err) {
    return [(err as Error).message.replace(`${file}: `, '')];
  }
  const problems: string[] = [];
  if (main.essential === false)
    problems.push(`container '${main.name}' serves traffic, so it must be essential (essential: true).`);
  if (!(main.portMappings ?? []).some((p) => p.containerPort === o.containerPort)) {
    const ports = (main.portMappings ?? []).map((p) => p.containerPort).join(', ') || 'none';
    problems.push(
      `container '${main.name}' does not map the container port ${o.containerPort} (input 'container-port'); it maps ${ports}. Add {"containerPort": ${o.containerPort}} to its portMappings or change 'container-port'.`,
    );
  }
  return problems;
}

/** awslogs, secrets and ECR images need the execution role. */
function executionRoleProblems(td: RegisterTaskDefinitionCommandInput): string[] {
  const needsExecutionRole = (td.containerDefinitions ?? []).flatMap((c) => {
    const why: string[] = [];
    if (c.logConfiguration?.logDriver === 'awslogs') why.push(`'${c.name}' logs with awslogs`);
    if (c.secrets?.length) why.push(`'${c.name}' has secrets`);
    if (c.image && /\.dkr\.ecr\./.test(c.image)) why.push(`'${c.name}' pulls from ECR`);
    return why;
  });
  if (td.executionRoleArn || !needsExecutionRole.length) return [];
  return [
    `executionRoleArn is needed because ${needsExecutionRole.join(', ')}: set it in the file or with 'execution-role-arn'.`,
  ];
}
