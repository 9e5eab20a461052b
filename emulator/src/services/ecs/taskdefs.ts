import { AwsError } from '../../core/errors';

const clientError = (message: string): AwsError => new AwsError('ClientException', message);

/** Fargate task sizes: cpu units -> allowed memory MiB (the ECS developer guide, "Task CPU and memory"). */
const FARGATE_SIZES: Record<number, number[]> = {
  256: [512, 1024, 2048],
  512: range(1024, 4096, 1024),
  1024: range(2048, 8192, 1024),
  2048: range(4096, 16384, 1024),
  4096: range(8192, 30720, 1024),
  8192: range(16384, 61440, 4096),
  16384: range(32768, 122880, 8192),
};

function range(from: number, to: number, step: number): number[] {
  const out: number[] = [];
  for (let v = from; v <= to; v += step) out.push(v);
  return out;
}

export function isValidFargateSize(cpu: number, memory: number): boolean {
  return FARGATE_SIZES[cpu]?.includes(memory) ?? false;
}

/**
 * ECS takes task-level cpu as units ("256") or vCPU ("0.25 vCPU", "1 vcpu") and memory as MiB ("512")
 * or GB ("0.5 GB", "2GB"), and answers with units and MiB.
 */
export function normalizeCpu(value: unknown): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const s = String(value).trim();
  const vcpu = /^(\d+(?:\.\d+)?)\s*vcpu$/i.exec(s);
  if (vcpu) return String(Math.round(Number(vcpu[1]) * 1024));
  if (/^\d+$/.test(s)) return s;
  throw clientError(
    `Invalid 'cpu' setting for task. Specify a value in CPU units (for example 256) or vCPU (for example 0.25 vCPU).`,
  );
}

export function normalizeMemory(value: unknown): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const s = String(value).trim();
  const gb = /^(\d+(?:\.\d+)?)\s*gb$/i.exec(s);
  if (gb) return String(Math.round(Number(gb[1]) * 1024));
  if (/^\d+$/.test(s)) return s;
  throw clientError(
    `Invalid 'memory' setting for task. Specify a value in MiB (for example 512) or GB (for example 0.5 GB).`,
  );
}

const FAMILY = /^[A-Za-z0-9_-]{1,255}$/;
const CONTAINER_NAME = /^[A-Za-z0-9_-]{1,255}$/;

/**
 * Validates a RegisterTaskDefinition request the way ECS does at registration (launch-time problems,
 * such as an image that cannot be pulled, surface when a task starts, as in ECS) and returns the
 * task definition body with ECS's defaults filled in.
 */
export function buildTaskDefinitionBody(input: any): Record<string, any> {
  const family = input.family;
  if (typeof family !== 'string' || family.length === 0) throw clientError('Family must be specified.');
  if (!FAMILY.test(family))
    throw clientError(
      'Family name can be up to 255 characters long and contain only letters, numbers, hyphens and underscores.',
    );
  const defs = input.containerDefinitions;
  if (!Array.isArray(defs) || defs.length === 0) throw clientError('Container list cannot be empty.');

  const networkMode: string | undefined = input.networkMode;
  if (networkMode !== undefined && !['bridge', 'host', 'awsvpc', 'none'].includes(networkMode))
    throw clientError(`Invalid networkMode: ${networkMode}. Valid values are bridge, host, awsvpc and none.`);
  const requires: string[] = Array.isArray(input.requiresCompatibilities)
    ? input.requiresCompatibilities
    : [];
  for (const c of requires)
    if (!['EC2', 'FARGATE', 'EXTERNAL', 'MANAGED_INSTANCES'].includes(c))
      throw clientError(`Invalid requiresCompatibilities value: ${c}.`);
  const cpu = normalizeCpu(input.cpu);
  const memory = normalizeMemory(input.memory);
  const fargate = requires.includes('FARGATE');

  const names = new Set<string>();
  const containers = defs.map((c: any) => containerDefinition(c, names, networkMode, fargate && !memory));
  if (!containers.some((c: any) => c.essential))
    throw clientError('A task definition must have at least one essential container.');

  if (fargate) checkFargate(input, networkMode, cpu, memory, containers);

  const body: Record<string, any> = {
    family,
    containerDefinitions: containers,
    taskRoleArn: input.taskRoleArn,
    executionRoleArn: input.executionRoleArn,
    networkMode,
    volumes: input.volumes ?? [],
    placementConstraints: input.placementConstraints ?? [],
    requiresCompatibilities: requires.length ? requires : undefined,
    cpu,
    memory,
    runtimePlatform: input.runtimePlatform,
    ephemeralStorage: input.ephemeralStorage,
    pidMode: input.pidMode,
    ipcMode: input.ipcMode,
    proxyConfiguration: input.proxyConfiguration,
    enableFaultInjection: input.enableFaultInjection,
  };
  if (input.ephemeralStorage?.sizeInGiB !== undefined) {
    const size = Number(input.ephemeralStorage.sizeInGiB);
    if (!(size >= 21 && size <= 200))
      throw clientError('The ephemeral storage size must be between 21 GiB and 200 GiB.');
  }
  body.compatibilities = compatibilitiesOf(body);
  body.requiresAttributes = requiredAttributesOf(body);
  for (const k of Object.keys(body)) if (body[k] === undefined) delete body[k];
  return body;
}

function compatibilitiesOf(body: Record<string, any>): string[] {
  const out = ['EC2'];
  if (
    body.networkMode === 'awsvpc' &&
    body.cpu &&
    body.memory &&
    isValidFargateSize(Number(body.cpu), Number(body.memory))
  )
    out.push('FARGATE');
  return out;
}

/** The capabilities ECS derives from a task definition's features (shown as requiresAttributes). */
function requiredAttributesOf(body: Record<string, any>): { name: string }[] {
  const names = new Set<string>();
  const containers: any[] = body.containerDefinitions;
  if (body.networkMode === 'awsvpc') {
    names.add('com.amazonaws.ecs.capability.docker-remote-api.1.18');
    names.add('ecs.capability.task-eni');
  }
  if (body.taskRoleArn) names.add('com.amazonaws.ecs.capability.task-iam-role');
  if (containers.some((c) => c.logConfiguration?.logDriver === 'awslogs')) {
    names.add('com.amazonaws.ecs.capability.logging-driver.awslogs');
    names.add('com.amazonaws.ecs.capability.docker-remote-api.1.19');
    if (body.executionRoleArn) names.add('ecs.capability.execution-role-awslogs');
  }
  if (body.executionRoleArn && containers.some((c) => /\.dkr\.ecr\./.test(c.image))) {
    names.add('ecs.capability.execution-role-ecr-pull');
    names.add('com.amazonaws.ecs.capability.ecr-auth');
  }
  if (containers.some((c) => c.healthCheck)) {
    names.add('ecs.capability.container-health-check');
    names.add('com.amazonaws.ecs.capability.docker-remote-api.1.24');
  }
  if (containers.some((c) => Array.isArray(c.secrets) && c.secrets.length))
    names.add('ecs.capability.secrets.asm.environment-variables');
  return [...names].map((name) => ({ name }));
}

/** One container definition, validated and with ECS's defaults filled in. */
function containerDefinition(
  c: any,
  names: Set<string>,
  networkMode: string | undefined,
  needsContainerMemory: boolean,
): Record<string, any> {
  if (!c || typeof c.name !== 'string' || c.name === '')
    throw clientError('Container.name should not be null or empty.');
  if (!CONTAINER_NAME.test(c.name))
    throw clientError(
      `Container name '${c.name}' can contain only letters, numbers, hyphens and underscores.`,
    );
  if (names.has(c.name)) throw clientError(`Duplicate container name found: ${c.name}.`);
  names.add(c.name);
  if (typeof c.image !== 'string' || c.image === '')
    throw clientError('Container.image should not be null or empty.');
  const portMappings = (Array.isArray(c.portMappings) ? c.portMappings : []).map((p: any) => {
    const containerPort = Number(p.containerPort);
    if (!Number.isInteger(containerPort) || containerPort < 1 || containerPort > 65535)
      throw clientError(`Invalid containerPort for container '${c.name}'.`);
    if (networkMode === 'awsvpc' && p.hostPort !== undefined && Number(p.hostPort) !== containerPort)
      throw clientError(
        'When networkMode=awsvpc, the host ports and container ports in port mappings must match.',
      );
    return {
      ...p,
      containerPort,
      hostPort: networkMode === 'awsvpc' || networkMode === 'host' ? containerPort : p.hostPort,
      protocol: p.protocol ?? 'tcp',
    };
  });
  if (needsContainerMemory && c.memory === undefined && c.memoryReservation === undefined)
    throw clientError(
      `Invalid setting for container '${c.name}'. At least one of 'memory' or 'memoryReservation' must be specified.`,
    );
  return {
    ...c,
    cpu: c.cpu ?? 0,
    portMappings,
    essential: c.essential ?? true,
    environment: c.environment ?? [],
    mountPoints: c.mountPoints ?? [],
    volumesFrom: c.volumesFrom ?? [],
    systemControls: c.systemControls ?? [],
  };
}

/** Fargate's task-level rules: awsvpc, a valid cpu/memory pair, an execution role for awslogs. */
function checkFargate(
  input: any,
  networkMode: string | undefined,
  cpu: string | undefined,
  memory: string | undefined,
  containers: Record<string, any>[],
): void {
  if (networkMode !== 'awsvpc') throw clientError("Fargate only supports network mode 'awsvpc'.");
  if (!cpu) throw clientError("Fargate requires that 'cpu' be defined at the task level.");
  if (!memory) throw clientError("Fargate requires that 'memory' be defined at the task level.");
  if (!isValidFargateSize(Number(cpu), Number(memory)))
    throw clientError(
      `No Fargate configuration exists for given values: ${cpu} CPU, ${memory} memory. See the Amazon ECS documentation for the valid values.`,
    );
  if (!input.executionRoleArn && containers.some((c: any) => c.logConfiguration?.logDriver === 'awslogs'))
    throw clientError(
      'Fargate requires task definition to have execution role ARN to support log driver awslogs.',
    );
}
