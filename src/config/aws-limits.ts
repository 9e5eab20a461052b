/**
 * What AWS accepts: name patterns, ranges and quotas, each declared once. The config sections validate
 * inputs against these; the stack, the task definition checks and the previews import them too.
 * Sources: the ECS, ELBv2, CloudWatch Logs, ECR and EC2 API references and their quota pages.
 */

/** ECS cluster, service and container names, task definition families: 1 to 255 of these characters. */
export const ECS_NAME = /^[A-Za-z0-9][A-Za-z0-9_-]{0,254}$/;
export const ECS_NAME_MAX = 255;
/** A task definition family as RegisterTaskDefinition accepts it (may start with - or _). */
export const TASK_FAMILY = /^[A-Za-z0-9_-]{1,255}$/;
/** `family:revision` or the full ARN. */
export const TASK_DEFINITION_REF =
  /^(?:arn:aws[a-z-]*:ecs:[a-z0-9-]+:\d{12}:task-definition\/)?[A-Za-z0-9_-]{1,255}:\d+$/;
/** Tasks per service (ECS quota). */
export const MAX_TASKS_PER_SERVICE = 5000;

/** ECR repository names: lowercase path components with single separators, 2 to 256 characters. */
export const ECR_REPOSITORY = /^(?:[a-z0-9]+(?:[._-][a-z0-9]+)*\/)*[a-z0-9]+(?:[._-][a-z0-9]+)*$/;
export const ECR_REPOSITORY_LENGTH: [number, number] = [2, 256];
/** A Docker tag. */
export const IMAGE_TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;

export const REGION = /^[a-z]{2}(?:-[a-z]+)+-\d$/;
/** An IAM role ARN or a role name. */
export const ROLE = /^(?:arn:aws[a-z-]*:iam::\d{12}:role\/[\w+=,.@/-]{1,512}|[\w+=,.@-]{1,64})$/;
/** A role as ECS's advancedConfiguration.roleArn wants it: the full ARN, never a bare name. */
export const ROLE_ARN = /^arn:aws[a-z-]*:iam::\d{12}:role\/[\w+=,.@/-]{1,512}$/;
export const VPC_ID = /^vpc-[0-9a-f]{8,17}$/;
export const SUBNET_ID = /^subnet-[0-9a-f]{8,17}$/;
export const SECURITY_GROUP_ID = /^sg-[0-9a-f]{8,17}$/;
/** Security group names: up to 255 characters, never starting with `sg-`. */
export const SECURITY_GROUP_NAME_MAX = 255;

/** CloudWatch Logs log group names. */
export const LOG_GROUP_NAME = /^[A-Za-z0-9_\-/.#]{1,512}$/;
/** The retention periods PutRetentionPolicy accepts (the action's 0 means no policy: never expire). */
export const LOG_RETENTION_DAYS = [
  1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653,
];

/** Load balancer and target group names: at most 32 letters, digits and hyphens. */
export const ELB_NAME_MAX = 32;
export const TARGET_GROUP_ARN =
  /^arn:aws[a-z-]*:elasticloadbalancing:[a-z0-9-]+:\d{12}:targetgroup\/[A-Za-z0-9-]{1,32}\/[0-9a-f]+$/;
/** An ACM certificate, or an IAM server certificate (both work on an HTTPS listener). */
export const CERTIFICATE_ARN =
  /^arn:aws[a-z-]*:(?:acm:[a-z0-9-]+:\d{12}:certificate\/[A-Za-z0-9-]+|iam::\d{12}:server-certificate\/[\w+=,.@/-]+)$/;
export const SSL_POLICY = /^ELBSecurityPolicy-[A-Za-z0-9-]+$/;
/** Listener rule priorities, unique per listener. */
export const RULE_PRIORITY_MIN = 1;
export const RULE_PRIORITY_MAX = 50000;
/** Rules per Application Load Balancer, default rules excluded. */
export const MAX_RULES_PER_LOAD_BALANCER = 100;
/** Target groups per Application Load Balancer. */
export const MAX_TARGET_GROUPS_PER_LOAD_BALANCER = 100;
/** Condition values of one rule (host-header and path-pattern together). */
export const MAX_CONDITION_VALUES_PER_RULE = 5;
/** One host-header or path-pattern value. */
export const CONDITION_VALUE_MAX = 128;

/** Target group health checks (HTTP). ELBv2 also wants the timeout shorter than the interval. */
export const HEALTH_CHECK = {
  intervalSeconds: [5, 300],
  timeoutSeconds: [2, 120],
  threshold: [2, 10],
  pathMax: 1024,
  deregistrationDelaySeconds: [0, 3600],
} as const;

/**
 * The ALB health check matcher: HTTP codes 200..499 as one code ("200"), a list of codes
 * ("200,202") or one range ("200-299", low below high). ELBv2 documents a list or a range, not a
 * list that mixes ranges in.
 */
export function isValidMatcher(matcher: string): boolean {
  const parts = matcher.split(',');
  if (parts.length > 1 && parts.some((p) => p.includes('-'))) return false;
  return parts.every((p) => {
    const m = /^(\d{3})(?:-(\d{3}))?$/.exec(p.trim());
    if (!m) return false;
    const lo = Number(m[1]);
    const hi = m[2] === undefined ? lo : Number(m[2]);
    return lo >= 200 && hi <= 499 && (m[2] === undefined || lo < hi);
  });
}

/** Why `name` is not a valid load balancer or target group name, or undefined when it is. */
export function elbNameProblem(name: string, kind: 'load balancer' | 'target group'): string | undefined {
  if (name.length === 0) return `the ${kind} name is empty`;
  if (name.length > ELB_NAME_MAX)
    return `the ${kind} name '${name}' has ${name.length} characters (at most ${ELB_NAME_MAX})`;
  if (!/^[A-Za-z0-9-]+$/.test(name))
    return `the ${kind} name '${name}' may contain only letters, digits and hyphens`;
  if (name.startsWith('-') || name.endsWith('-'))
    return `the ${kind} name '${name}' may not start or end with a hyphen`;
  if (kind === 'load balancer' && name.toLowerCase().startsWith('internal-'))
    return `the load balancer name '${name}' may not start with 'internal-' (AWS reserves it for internal load balancers' DNS names)`;
  return undefined;
}

/** Tags: per resource, and the length of a key and of a value; `aws:` keys belong to AWS. */
export const TAG_LIMITS = { perResource: 50, keyMax: 128, valueMax: 256 } as const;
export const AWS_RESERVED_TAG_PREFIX = /^aws:/i;

/** Fargate ephemeral storage, GiB (20 GiB come free when none is set). */
export const FARGATE_EPHEMERAL_STORAGE_GIB: [number, number] = [21, 200];

/**
 * Fargate task sizes: the only cpu/memory pairs Fargate accepts (AWS docs, "Task CPU and memory").
 * ECS also accepts "1 vCPU" and "2 GB" spellings and stores them as units, so both are normalized here.
 */
const FARGATE_SIZES: { cpu: number; memory: number[] }[] = [
  { cpu: 256, memory: [512, 1024, 2048] },
  { cpu: 512, memory: range(1024, 4096, 1024) },
  { cpu: 1024, memory: range(2048, 8192, 1024) },
  { cpu: 2048, memory: range(4096, 16384, 1024) },
  { cpu: 4096, memory: range(8192, 30720, 1024) },
  { cpu: 8192, memory: range(16384, 61440, 4096) },
  { cpu: 16384, memory: range(32768, 122880, 8192) },
];

function range(from: number, to: number, step: number): number[] {
  const out: number[] = [];
  for (let v = from; v <= to; v += step) out.push(v);
  return out;
}

export const FARGATE_CPU_VALUES: number[] = FARGATE_SIZES.map((s) => s.cpu);

/** CPU units from '256', '1024', '0.25 vCPU', '1 vcpu'; undefined when not a number of either form. */
export function parseCpuUnits(value: string): number | undefined {
  const v = value.trim();
  if (/^\d+$/.test(v)) return Number(v);
  const m = /^(\d+(?:\.\d+)?)\s*vcpu$/i.exec(v);
  return m ? Math.round(Number(m[1]) * 1024) : undefined;
}

/** Memory MiB from '512', '2 GB', '0.5GB'; undefined when not a number of either form. */
export function parseMemoryMiB(value: string): number | undefined {
  const v = value.trim();
  if (/^\d+$/.test(v)) return Number(v);
  const m = /^(\d+(?:\.\d+)?)\s*gb$/i.exec(v);
  return m ? Math.round(Number(m[1]) * 1024) : undefined;
}

export function validMemoryFor(cpu: number): number[] | undefined {
  return FARGATE_SIZES.find((s) => s.cpu === cpu)?.memory;
}

export function isValidMemoryAnyCpu(memory: number): boolean {
  return FARGATE_SIZES.some((s) => s.memory.includes(memory));
}

/** Human list of the memory values allowed with a cpu, e.g. "1024, 2048, 3072 or 4096". */
export function describeMemoryChoices(cpu: number): string {
  const mem = validMemoryFor(cpu) ?? [];
  if (mem.length <= 6) return joinOr(mem.map(String));
  const step = mem[1] - mem[0];
  return `${mem[0]} to ${mem[mem.length - 1]} in steps of ${step}`;
}

/** "a, b or c": how the messages list the values AWS accepts. */
export function joinOr(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

/**
 * A `secrets` value ECS can resolve at task start: a Secrets Manager secret ARN, an SSM parameter
 * ARN, or (in the task's Region) an SSM parameter name or path.
 */
export const SECRET_VALUE_FROM =
  /^(?:arn:aws[a-z-]*:(?:secretsmanager:[a-z0-9-]+:\d{12}:secret:.+|ssm:[a-z0-9-]+:\d{12}:parameter\/.+)|\/?[A-Za-z0-9_.-]+(?:\/[A-Za-z0-9_.-]+)*)$/;

/**
 * ECS deployment strategies (ECS API reference: DeploymentConfiguration, CanaryConfiguration,
 * LinearConfiguration): bake times in whole minutes, traffic shares in multiples of 0.1 percent.
 */
export const DEPLOYMENT_BAKE_MINUTES: [number, number] = [0, 1440];
export const CANARY_PERCENT: [number, number] = [0.1, 100];
export const LINEAR_STEP_PERCENT: [number, number] = [3, 100];

/** Whether `n` is a multiple of 0.1 (as ECS wants traffic percentages), within floating-point error. */
export function isTenth(n: number): boolean {
  return Number.isFinite(n) && Math.abs(n * 10 - Math.round(n * 10)) < 1e-9;
}

/** CloudWatch alarm names: 1 to 255 characters. */
export const ALARM_NAME_MAX = 255;
