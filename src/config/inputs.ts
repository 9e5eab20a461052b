import * as fs from 'fs';
import * as path from 'path';
import type {
  AutoScalingConfig,
  DeployConfig,
  KeyValue,
  LoadBalancerConfig,
  Mode,
  PreviewConfig,
  SecretRef,
  WaitUntil,
} from './types';
import {
  describeMemoryChoices,
  FARGATE_CPU_VALUES,
  isValidMemoryAnyCpu,
  joinOr,
  parseCpuUnits,
  parseMemoryMiB,
  validMemoryFor,
} from '../taskdef/fargate-sizes';

/** A bad input: `input` is the action input's name, the message says what was expected and what was found. */
export class InputError extends Error {
  readonly input: string;
  constructor(input: string, message: string) {
    super(message);
    this.name = 'InputError';
    this.input = input;
  }
}

export const DEFAULT_TEMPLATE_PATH = 'templates/task-definition.json';
export const DEFAULT_SSL_POLICY = 'ELBSecurityPolicy-TLS13-1-2-2021-06';

const MODES: Mode[] = ['deploy', 'preview', 'teardown', 'sweep'];
const WAIT_UNTIL: WaitUntil[] = ['healthy', 'stable'];
// CloudWatch Logs accepts only these retention periods (PutRetentionPolicy); 0 here means "never expire".
const LOG_RETENTION_DAYS = [
  0, 1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653,
];
const ECS_NAME = /^[A-Za-z0-9][A-Za-z0-9_-]{0,254}$/;
const ECR_REPOSITORY = /^(?:[a-z0-9]+(?:[._-][a-z0-9]+)*\/)*[a-z0-9]+(?:[._-][a-z0-9]+)*$/;
const ELB_NAME = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,30}[A-Za-z0-9])?$/;
const CERTIFICATE_ARN =
  /^arn:aws[a-z-]*:(?:acm:[a-z0-9-]+:\d{12}:certificate\/[A-Za-z0-9-]+|iam::\d{12}:server-certificate\/[\w+=,.@/-]+)$/;
const TARGET_GROUP_ARN =
  /^arn:aws[a-z-]*:elasticloadbalancing:[a-z0-9-]+:\d{12}:targetgroup\/[A-Za-z0-9-]{1,32}\/[0-9a-f]+$/;
const TASK_DEFINITION_REF =
  /^(?:arn:aws[a-z-]*:ecs:[a-z0-9-]+:\d{12}:task-definition\/)?[A-Za-z0-9_-]{1,255}:\d+$/;
const ROLE = /^(?:arn:aws[a-z-]*:iam::\d{12}:role\/[\w+=,.@/-]{1,512}|[\w+=,.@-]{1,64})$/;
const REGION = /^[a-z]{2}(?:-[a-z]+)+-\d$/;
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_.-]*$/;

/**
 * Reads and validates every input of action.yml, once. `getInput` returns '' for an input that was not
 * given (like @actions/core's getInput); the defaults below are the same as action.yml's so that a
 * call from a test behaves like a run on a runner. Every input is read unconditionally, so a test can
 * check that action.yml and this function agree on the set of inputs.
 */
export function readConfig(getInput: (name: string) => string, env: NodeJS.ProcessEnv): DeployConfig {
  const r = new InputReader(getInput);
  const warnings: string[] = [];

  const mode = r.oneOf('mode', MODES, 'deploy');
  const regionInput = r.str('aws-region');
  const cluster = r.required('cluster');
  const service = r.required('service');
  const environment = r.str('environment') || 'production';
  const image = r.str('image') || undefined;

  const context = r.str('context') || '.';
  const dockerfileInput = r.str('dockerfile');
  const buildArgs = r.keyValues('build-args');
  const platform = r.str('platform') || undefined;
  const cacheFrom = r.lines('cache-from');
  const cacheTo = r.lines('cache-to');
  const extraTags = r.list('image-tags');
  const labels = r.keyValues('labels');

  const ecrRepositoryInput = r.str('ecr-repository');
  const keepImages = r.int('ecr-keep-images', 30, 1, 10000);
  const scanOnPush = r.bool('ecr-scan-on-push', true);

  const taskDefinitionPathInput = r.str('task-definition');
  const taskDefinitionArn = r.str('task-definition-arn') || undefined;
  const containerName = r.str('container-name') || undefined;
  const containerPort = r.port('container-port', 3000);
  const environmentVariables = r.keyValues('environment-variables');
  const secretsRaw = r.keyValues('secrets');
  const cpuInput = r.str('cpu');
  const memoryInput = r.str('memory');
  const taskRoleArn = r.str('task-role-arn') || undefined;
  const executionRoleArn = r.str('execution-role-arn') || undefined;
  const logGroupInput = r.str('log-group');
  const logRetentionDays = r.int('log-retention-days', 30, 0, 3653);
  const keepRevisions = r.int('keep-revisions', 10, 0, 1000);

  const vpcId = r.str('vpc-id') || undefined;
  const subnets = r.list('subnets');
  const securityGroups = r.list('security-groups');
  const assignPublicIp = r.bool('assign-public-ip', true);

  const targetGroupArn = r.str('target-group-arn') || undefined;
  const loadBalancerName = r.str('load-balancer-name') || undefined;
  const scheme = r.oneOf('load-balancer-scheme', ['internet-facing', 'internal'] as const, 'internet-facing');
  const certificateArn = r.str('certificate-arn') || undefined;
  const sslPolicy = r.str('ssl-policy') || DEFAULT_SSL_POLICY;
  const hostHeader = r.list('host-header');
  const pathPattern = r.list('path-pattern');
  const rulePriority = r.optionalInt('rule-priority', 1, 50000);
  const targetGroupName = r.str('target-group-name') || undefined;
  const healthCheckPath = r.str('health-check-path') || '/';
  const healthCheckInterval = r.int('health-check-interval', 10, 5, 300);
  const healthCheckTimeout = r.int('health-check-timeout', 5, 2, 120);
  const healthyThreshold = r.int('healthy-threshold', 2, 2, 10);
  const unhealthyThreshold = r.int('unhealthy-threshold', 2, 2, 10);
  const matcher = r.str('health-check-matcher') || '200-399';
  const deregistrationDelay = r.int('deregistration-delay', 30, 0, 3600);

  const minCapacityInput = r.optionalInt('min-capacity', 0, 10000);
  const maxCapacityInput = r.optionalInt('max-capacity', 0, 10000);
  const cpuTargetInput = r.optionalInt('cpu-target', 0, 100);
  const memoryTargetInput = r.optionalInt('memory-target', 0, 100);
  const requestsPerTargetInput = r.optionalInt('requests-per-target', 0, 1000000);
  const scaleInCooldown = r.int('scale-in-cooldown', 300, 0, 86400);
  const scaleOutCooldown = r.int('scale-out-cooldown', 60, 0, 86400);

  const pullRequestInput = r.optionalInt('pull-request', 1, 1e9);
  const previewDomain = r.str('preview-domain') || undefined;
  const previewTtlHours = r.int('preview-ttl-hours', 72, 1, 8760);
  const previewLabel = r.str('preview-label') || undefined;
  const priorityBandInput = r.str('preview-priority-band') || '40000-49999';
  const githubToken = r.str('github-token') || undefined;

  const desiredCount = r.optionalInt('desired-count', 0, 5000);
  const forceNewDeployment = r.bool('force-new-deployment', false);
  const healthCheckGracePeriodSeconds = r.int('health-check-grace-period', 60, 0, 2147483647);
  const containerInsights = r.bool('container-insights', false);
  const waitForMinutes = r.int('wait-for-minutes', 15, 1, 360);
  const waitUntil = r.oneOf('wait-until', WAIT_UNTIL, 'healthy');
  const rollback = r.bool('rollback', true);
  const failureThreshold = r.int('failed-task-threshold', 3, 1, 100);
  const plan = r.bool('plan', false);
  const tags = r.keyValues('tags');

  // ---- region, names, identities ----
  const region = regionInput || env.AWS_REGION || env.AWS_DEFAULT_REGION || '';
  if (!region) {
    throw new InputError(
      'aws-region',
      "Input 'aws-region' is required: set it, or set AWS_REGION (aws-actions/configure-aws-credentials does).",
    );
  }
  if (!REGION.test(region)) {
    throw new InputError(
      'aws-region',
      `Input 'aws-region' must be an AWS region such as 'eu-west-1'; got '${region}'.`,
    );
  }
  ecsName('cluster', cluster);
  ecsName('service', service);
  if (environment.length > 128 || /[\s]/.test(environment)) {
    throw new InputError(
      'environment',
      `Input 'environment' must be a name of at most 128 characters without spaces; got '${environment}'.`,
    );
  }

  const building = (mode === 'deploy' || mode === 'preview') && !image && !taskDefinitionArn;
  const rendering = (mode === 'deploy' || mode === 'preview') && !taskDefinitionArn;
  const workspace = env.GITHUB_WORKSPACE || process.cwd();
  const commitSha = (env.GITHUB_SHA || '').trim();
  if (building && !commitSha) {
    throw new InputError(
      'GITHUB_SHA',
      'GITHUB_SHA is not set: the image is tagged with the commit SHA. Run inside GitHub Actions, set GITHUB_SHA, or give `image:` to deploy an existing image.',
    );
  }
  if (commitSha && !/^[0-9a-f]{7,64}$/i.test(commitSha)) {
    throw new InputError('GITHUB_SHA', `GITHUB_SHA must be a commit SHA (hexadecimal); got '${commitSha}'.`);
  }

  // ---- image and build ----
  if (image) {
    if (
      /\s/.test(image) ||
      !/^[a-z0-9]/.test(image) ||
      (image.includes('@') && !/@sha256:[0-9a-f]{64}$/.test(image))
    ) {
      throw new InputError(
        'image',
        `Input 'image' must be an image reference such as '123456789012.dkr.ecr.eu-west-1.amazonaws.com/web:1.2.3'; got '${image}'.`,
      );
    }
    if (ecrRepositoryInput) {
      warnings.push(
        `Input 'image' is given, so nothing is built and 'ecr-repository' ('${ecrRepositoryInput}') is not used; remove one of the two.`,
      );
    }
  }
  const repository = ecrRepositoryInput || defaultRepositoryName(service);
  if (!ECR_REPOSITORY.test(repository) || repository.length < 2 || repository.length > 256) {
    throw new InputError(
      'ecr-repository',
      ecrRepositoryInput
        ? `Input 'ecr-repository' must be 2 to 256 lowercase letters, digits and . _ - / separators, starting and ending with a letter or digit; got '${repository}'.`
        : `Input 'ecr-repository' is needed: no valid repository name can be derived from service '${service}'.`,
    );
  }
  const dockerfile = dockerfileInput || path.join(context, 'Dockerfile');
  if (building) {
    if (!fs.existsSync(path.resolve(workspace, context))) {
      throw new InputError(
        'context',
        `Input 'context' must be a directory in the workspace; '${context}' does not exist in ${workspace}.`,
      );
    }
    if (!fs.existsSync(path.resolve(workspace, dockerfile))) {
      throw new InputError(
        dockerfileInput ? 'dockerfile' : 'context',
        `No Dockerfile at '${dockerfile}' (in ${workspace}): add one, set 'dockerfile', or give 'image' to deploy an existing image.`,
      );
    }
  }
  if (platform && !/^[a-z0-9]+\/[a-z0-9_]+(?:\/[a-z0-9]+)?$/.test(platform)) {
    throw new InputError(
      'platform',
      `Input 'platform' must be one platform such as 'linux/amd64' or 'linux/arm64'; got '${platform}'.`,
    );
  }
  for (const t of extraTags) {
    if (!/^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/.test(t)) {
      throw new InputError(
        'image-tags',
        `Input 'image-tags' must list Docker tags (letters, digits, _ . -, up to 128, not starting with . or -); got '${t}'.`,
      );
    }
  }

  // ---- task definition ----
  if (taskDefinitionArn) {
    if (!TASK_DEFINITION_REF.test(taskDefinitionArn)) {
      throw new InputError(
        'task-definition-arn',
        `Input 'task-definition-arn' must be a task definition ARN or 'family:revision'; got '${taskDefinitionArn}'.`,
      );
    }
    if (taskDefinitionPathInput) {
      throw new InputError(
        'task-definition-arn',
        "Inputs 'task-definition-arn' and 'task-definition' contradict: the first deploys a registered revision as it is, the second renders a new one. Remove one of the two.",
      );
    }
    if (image) {
      warnings.push(
        "Input 'task-definition-arn' deploys a registered revision as it is, so 'image' is not used; remove one of the two.",
      );
    }
  }
  let taskDefinitionPath: string | undefined;
  if (taskDefinitionPathInput) {
    taskDefinitionPath = taskDefinitionPathInput;
    if (rendering && !fs.existsSync(path.resolve(workspace, taskDefinitionPath))) {
      throw new InputError(
        'task-definition',
        `Input 'task-definition' must name a file in the workspace; '${taskDefinitionPath}' does not exist in ${workspace}.`,
      );
    }
  } else if (fs.existsSync(path.resolve(workspace, DEFAULT_TEMPLATE_PATH))) {
    taskDefinitionPath = DEFAULT_TEMPLATE_PATH;
  }
  if (containerName !== undefined && !/^[A-Za-z0-9][A-Za-z0-9_-]{0,254}$/.test(containerName)) {
    throw new InputError(
      'container-name',
      `Input 'container-name' must be up to 255 letters, digits, _ and -; got '${containerName}'.`,
    );
  }
  for (const e of environmentVariables) {
    if (!ENV_NAME.test(e.name)) {
      throw new InputError(
        'environment-variables',
        `Input 'environment-variables' must hold KEY=VALUE lines with KEY a variable name; got key '${e.name}'.`,
      );
    }
  }
  const secrets: SecretRef[] = secretsRaw.map((s) => {
    if (!ENV_NAME.test(s.name) || !s.value) {
      throw new InputError(
        'secrets',
        `Input 'secrets' must hold NAME=valueFrom lines (valueFrom a Secrets Manager or SSM parameter ARN or name); got a line for '${s.name}'.`,
      );
    }
    return { name: s.name, valueFrom: s.value };
  });
  let cpu: string | undefined;
  let memory: string | undefined;
  if (cpuInput) {
    const units = parseCpuUnits(cpuInput);
    if (units === undefined || !FARGATE_CPU_VALUES.includes(units)) {
      throw new InputError(
        'cpu',
        `Input 'cpu' must be a Fargate CPU size: ${joinOr(FARGATE_CPU_VALUES.map(String))} (units, 1024 = 1 vCPU); got '${cpuInput}'.`,
      );
    }
    cpu = String(units);
  }
  if (memoryInput) {
    const mib = parseMemoryMiB(memoryInput);
    if (mib === undefined || !isValidMemoryAnyCpu(mib)) {
      throw new InputError(
        'memory',
        `Input 'memory' must be a Fargate memory size in MiB such as 512, 1024 or 2048; got '${memoryInput}'.`,
      );
    }
    memory = String(mib);
  }
  if (cpu && memory && !validMemoryFor(Number(cpu))!.includes(Number(memory))) {
    throw new InputError(
      'memory',
      `Input 'memory' ${memory} does not go with cpu ${cpu} on Fargate: with cpu ${cpu}, memory must be ${describeMemoryChoices(Number(cpu))}.`,
    );
  }
  for (const [name, value] of [
    ['task-role-arn', taskRoleArn],
    ['execution-role-arn', executionRoleArn],
  ] as const) {
    if (value && !ROLE.test(value)) {
      throw new InputError(
        name,
        `Input '${name}' must be an IAM role ARN (arn:aws:iam::123456789012:role/name) or role name; got '${value}'.`,
      );
    }
  }
  const logGroup = logGroupInput || `/ecs/${cluster}/${service}`;
  if (!/^[A-Za-z0-9_\-/.#]{1,512}$/.test(logGroup)) {
    throw new InputError(
      'log-group',
      `Input 'log-group' must be 1 to 512 letters, digits and _ - / . #; got '${logGroup}'.`,
    );
  }
  if (!LOG_RETENTION_DAYS.includes(logRetentionDays)) {
    throw new InputError(
      'log-retention-days',
      `Input 'log-retention-days' must be one of CloudWatch's retention periods (${LOG_RETENTION_DAYS.slice(1).join(', ')}) or 0 to never expire; got '${logRetentionDays}'.`,
    );
  }

  // ---- network ----
  if (vpcId && !/^vpc-[0-9a-f]{8,17}$/.test(vpcId)) {
    throw new InputError('vpc-id', `Input 'vpc-id' must be a VPC id such as 'vpc-0abc1234'; got '${vpcId}'.`);
  }
  for (const s of subnets) {
    if (!/^subnet-[0-9a-f]{8,17}$/.test(s))
      throw new InputError(
        'subnets',
        `Input 'subnets' must list subnet ids such as 'subnet-0abc1234'; got '${s}'.`,
      );
  }
  for (const g of securityGroups) {
    if (!/^sg-[0-9a-f]{8,17}$/.test(g)) {
      throw new InputError(
        'security-groups',
        `Input 'security-groups' must list security group ids such as 'sg-0abc1234'; got '${g}'.`,
      );
    }
  }

  // ---- load balancer ----
  const loadBalancer = readLoadBalancer(warnings, {
    targetGroupArn,
    loadBalancerName,
    scheme,
    certificateArn,
    sslPolicy,
    hostHeader,
    pathPattern,
    rulePriority,
    targetGroupName,
    healthCheckPath,
    healthCheckInterval,
    healthCheckTimeout,
    healthyThreshold,
    unhealthyThreshold,
    matcher,
    deregistrationDelay,
  });

  // ---- autoscaling ----
  const autoScaling = readAutoScaling(warnings, {
    minCapacityInput,
    maxCapacityInput,
    cpuTargetInput,
    memoryTargetInput,
    requestsPerTargetInput,
    scaleInCooldown,
    scaleOutCooldown,
    desiredCount,
  });

  // ---- preview ----
  const preview = readPreview(mode, env, {
    pullRequestInput,
    previewDomain,
    previewTtlHours,
    previewLabel,
    priorityBandInput,
    githubToken,
  });

  // ---- tags ----
  if (tags.length > 40) {
    throw new InputError(
      'tags',
      `Input 'tags' may hold at most 40 tags (AWS allows 50 per resource and the action adds its own); got ${tags.length}.`,
    );
  }
  for (const t of tags) {
    if (t.name.length > 128 || t.value.length > 256 || /^aws:/i.test(t.name)) {
      throw new InputError(
        'tags',
        `Input 'tags' must hold KEY=VALUE lines with keys up to 128 characters not starting with 'aws:' and values up to 256; got key '${t.name}'.`,
      );
    }
  }

  return {
    mode,
    region,
    cluster,
    service,
    environment,
    image,
    build: { context, dockerfile, buildArgs, platform, cacheFrom, cacheTo, extraTags, labels },
    ecr: { repository, keepImages, scanOnPush },
    taskDefinition: {
      path: taskDefinitionPath,
      arn: taskDefinitionArn,
      containerName,
      containerPort,
      environment: environmentVariables,
      secrets,
      cpu,
      memory,
      taskRoleArn,
      executionRoleArn,
      logGroup,
      logRetentionDays,
      keepRevisions,
    },
    network: { vpcId, subnets, securityGroups, assignPublicIp },
    loadBalancer,
    autoScaling,
    preview,
    desiredCount,
    forceNewDeployment,
    healthCheckGracePeriodSeconds,
    containerInsights,
    waitForMinutes,
    waitUntil,
    rollback,
    failureThreshold,
    plan,
    tags,
    commitSha,
    ref: env.GITHUB_REF || '',
    repository: env.GITHUB_REPOSITORY || '',
    workspace,
    serverUrl: (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, ''),
    warnings,
  };
}

/** ECR names are lowercase with single separators; ECS names allow upper case and runs of - and _. */
export function defaultRepositoryName(service: string): string {
  return service
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

function ecsName(input: string, value: string): void {
  if (!ECS_NAME.test(value)) {
    throw new InputError(
      input,
      `Input '${input}' must be 1 to 255 letters, digits, hyphens and underscores, starting with a letter or digit; got '${value}'.`,
    );
  }
}

function elbName(input: string, value: string, kind: string): void {
  if (!ELB_NAME.test(value)) {
    throw new InputError(
      input,
      `Input '${input}' cannot be used as a ${kind} name: AWS allows at most 32 letters, digits and hyphens, not starting or ending with a hyphen; got '${value}' (${value.length} characters).`,
    );
  }
}

/**
 * ALB matcher: HTTP codes 200..499 as "200", "200,202" or "200-299" (a range with low < high).
 * ELBv2 documents a list of codes or one range, not a list mixing ranges.
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

interface LoadBalancerRaw {
  targetGroupArn?: string;
  loadBalancerName?: string;
  scheme: 'internet-facing' | 'internal';
  certificateArn?: string;
  sslPolicy: string;
  hostHeader: string[];
  pathPattern: string[];
  rulePriority?: number;
  targetGroupName?: string;
  healthCheckPath: string;
  healthCheckInterval: number;
  healthCheckTimeout: number;
  healthyThreshold: number;
  unhealthyThreshold: number;
  matcher: string;
  deregistrationDelay: number;
}

function readLoadBalancer(warnings: string[], raw: LoadBalancerRaw): LoadBalancerConfig {
  if (raw.targetGroupArn) {
    if (!TARGET_GROUP_ARN.test(raw.targetGroupArn)) {
      throw new InputError(
        'target-group-arn',
        `Input 'target-group-arn' must be a target group ARN (arn:aws:elasticloadbalancing:<region>:<account>:targetgroup/<name>/<id>); got '${raw.targetGroupArn}'.`,
      );
    }
    if (raw.hostHeader.length || raw.pathPattern.length) {
      throw new InputError(
        'target-group-arn',
        "Inputs 'target-group-arn' and 'host-header'/'path-pattern' contradict: with your own target group the action creates no load balancer or listener rule. Remove 'target-group-arn' to let the action route, or route to your target group yourself.",
      );
    }
    const ignored = (
      [
        ['load-balancer-name', raw.loadBalancerName],
        ['certificate-arn', raw.certificateArn],
        ['target-group-name', raw.targetGroupName],
        ['rule-priority', raw.rulePriority],
      ] as const
    ).filter(([, v]) => v !== undefined);
    for (const [name] of ignored) {
      warnings.push(
        `Input '${name}' is not used with 'target-group-arn' (your own target group: the action creates no load balancer); remove it.`,
      );
    }
  }
  if (raw.loadBalancerName !== undefined) {
    elbName('load-balancer-name', raw.loadBalancerName, 'load balancer');
    if (/^internal-/i.test(raw.loadBalancerName)) {
      throw new InputError(
        'load-balancer-name',
        `Input 'load-balancer-name' may not start with 'internal-' (AWS reserves it); got '${raw.loadBalancerName}'.`,
      );
    }
  }
  if (raw.targetGroupName !== undefined) elbName('target-group-name', raw.targetGroupName, 'target group');
  if (raw.certificateArn && !CERTIFICATE_ARN.test(raw.certificateArn)) {
    throw new InputError(
      'certificate-arn',
      `Input 'certificate-arn' must be an ACM certificate ARN (arn:aws:acm:<region>:<account>:certificate/<id>); got '${raw.certificateArn}'.`,
    );
  }
  if (!/^ELBSecurityPolicy-[A-Za-z0-9-]+$/.test(raw.sslPolicy)) {
    throw new InputError(
      'ssl-policy',
      `Input 'ssl-policy' must be an ELB security policy name such as '${DEFAULT_SSL_POLICY}'; got '${raw.sslPolicy}'.`,
    );
  }
  for (const h of raw.hostHeader) {
    if (h.length > 128 || !h.includes('.') || !/^[A-Za-z0-9.*?-]+$/.test(h)) {
      throw new InputError(
        'host-header',
        `Input 'host-header' must list host names of at most 128 characters with a '.' (wildcards * and ? allowed); got '${h}'.`,
      );
    }
  }
  for (const p of raw.pathPattern) {
    if (p.length > 128 || !p.startsWith('/')) {
      throw new InputError(
        'path-pattern',
        `Input 'path-pattern' must list paths starting with '/' of at most 128 characters, such as '/api/*'; got '${p}'.`,
      );
    }
  }
  if (raw.hostHeader.length + raw.pathPattern.length > 5) {
    throw new InputError(
      'host-header',
      `Inputs 'host-header' and 'path-pattern' may hold at most 5 values together (one listener rule's limit); got ${raw.hostHeader.length + raw.pathPattern.length}.`,
    );
  }
  if (
    raw.rulePriority !== undefined &&
    !raw.hostHeader.length &&
    !raw.pathPattern.length &&
    !raw.targetGroupArn
  ) {
    warnings.push(
      "Input 'rule-priority' is not used without 'host-header' or 'path-pattern' (the listener's default action routes to the service); remove it.",
    );
  }
  if (!raw.healthCheckPath.startsWith('/') || raw.healthCheckPath.length > 1024) {
    throw new InputError(
      'health-check-path',
      `Input 'health-check-path' must start with '/' (at most 1024 characters), such as '/health'; got '${raw.healthCheckPath}'.`,
    );
  }
  if (raw.healthCheckTimeout >= raw.healthCheckInterval) {
    throw new InputError(
      'health-check-timeout',
      `Input 'health-check-timeout' (${raw.healthCheckTimeout}) must be less than 'health-check-interval' (${raw.healthCheckInterval}).`,
    );
  }
  if (!isValidMatcher(raw.matcher)) {
    throw new InputError(
      'health-check-matcher',
      `Input 'health-check-matcher' must be HTTP codes from 200 to 499 as '200', '200,202' or '200-299'; got '${raw.matcher}'.`,
    );
  }
  return {
    targetGroupArn: raw.targetGroupArn,
    name: raw.loadBalancerName,
    scheme: raw.scheme,
    certificateArn: raw.certificateArn,
    sslPolicy: raw.sslPolicy,
    hostHeader: raw.hostHeader,
    pathPattern: raw.pathPattern,
    rulePriority: raw.rulePriority,
    targetGroupName: raw.targetGroupName,
    healthCheck: {
      path: raw.healthCheckPath,
      intervalSeconds: raw.healthCheckInterval,
      timeoutSeconds: raw.healthCheckTimeout,
      healthyThreshold: raw.healthyThreshold,
      unhealthyThreshold: raw.unhealthyThreshold,
      matcher: raw.matcher.replace(/\s+/g, ''),
    },
    deregistrationDelaySeconds: raw.deregistrationDelay,
  };
}

interface AutoScalingRaw {
  minCapacityInput?: number;
  maxCapacityInput?: number;
  cpuTargetInput?: number;
  memoryTargetInput?: number;
  requestsPerTargetInput?: number;
  scaleInCooldown: number;
  scaleOutCooldown: number;
  desiredCount?: number;
}

function readAutoScaling(warnings: string[], raw: AutoScalingRaw): AutoScalingConfig {
  const enabled = raw.maxCapacityInput !== undefined;
  const minCapacity = raw.minCapacityInput ?? Math.min(raw.desiredCount ?? 1, raw.maxCapacityInput ?? 1);
  const maxCapacity = raw.maxCapacityInput ?? minCapacity;
  if (!enabled) {
    const unused = (
      [
        ['min-capacity', raw.minCapacityInput],
        ['cpu-target', raw.cpuTargetInput],
        ['memory-target', raw.memoryTargetInput],
        ['requests-per-target', raw.requestsPerTargetInput],
      ] as const
    ).filter(([, v]) => v !== undefined);
    for (const [name] of unused)
      warnings.push(
        `Input '${name}' is not used without 'max-capacity' (autoscaling is on only when 'max-capacity' is given).`,
      );
  }
  if (enabled && minCapacity > maxCapacity) {
    throw new InputError(
      'min-capacity',
      `Input 'min-capacity' (${minCapacity}) must not be above 'max-capacity' (${maxCapacity}).`,
    );
  }
  if (enabled && maxCapacity < 1) {
    throw new InputError(
      'max-capacity',
      `Input 'max-capacity' must be at least 1 to scale anything; got '${maxCapacity}'.`,
    );
  }
  for (const [name, v] of [
    ['memory-target', raw.memoryTargetInput],
    ['requests-per-target', raw.requestsPerTargetInput],
  ] as const) {
    if (v === 0)
      throw new InputError(
        name,
        `Input '${name}' must be at least 1 (leave it empty to turn that policy off); got '0'.`,
      );
  }
  // cpu-target 0 turns off the CPU policy that is otherwise on by default with autoscaling.
  const cpuTarget = enabled
    ? raw.cpuTargetInput === undefined
      ? 60
      : raw.cpuTargetInput || undefined
    : undefined;
  return {
    enabled,
    minCapacity,
    maxCapacity,
    cpuTarget,
    memoryTarget: enabled ? raw.memoryTargetInput : undefined,
    requestsPerTarget: enabled ? raw.requestsPerTargetInput : undefined,
    scaleInCooldown: raw.scaleInCooldown,
    scaleOutCooldown: raw.scaleOutCooldown,
  };
}

interface PreviewRaw {
  pullRequestInput?: number;
  previewDomain?: string;
  previewTtlHours: number;
  previewLabel?: string;
  priorityBandInput: string;
  githubToken?: string;
}

function readPreview(mode: Mode, env: NodeJS.ProcessEnv, raw: PreviewRaw): PreviewConfig {
  const pullRequest = raw.pullRequestInput ?? pullRequestFromEvent(env);
  if ((mode === 'preview' || mode === 'teardown') && pullRequest === undefined) {
    throw new InputError(
      'pull-request',
      `Input 'pull-request' is required in mode '${mode}': run on a pull_request event or set it to the pull request number.`,
    );
  }
  if (raw.previewDomain !== undefined) {
    const host = `pr-${pullRequest ?? 1}.${raw.previewDomain}`;
    if (!/^[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+$/.test(raw.previewDomain) || host.length > 128) {
      throw new InputError(
        'preview-domain',
        `Input 'preview-domain' must be a domain such as 'preview.example.com' (pr-<n>.<domain> at most 128 characters); got '${raw.previewDomain}'.`,
      );
    }
  }
  const band = /^(\d+)\s*-\s*(\d+)$/.exec(raw.priorityBandInput);
  const lo = band ? Number(band[1]) : NaN;
  const hi = band ? Number(band[2]) : NaN;
  if (!band || lo < 1 || hi > 50000 || lo > hi) {
    throw new InputError(
      'preview-priority-band',
      `Input 'preview-priority-band' must be a range of listener rule priorities 'low-high' within 1-50000, such as '40000-49999'; got '${raw.priorityBandInput}'.`,
    );
  }
  return {
    pullRequest,
    domain: raw.previewDomain,
    ttlHours: raw.previewTtlHours,
    label: raw.previewLabel,
    priorityBand: [lo, hi],
    githubToken: raw.githubToken,
  };
}

function pullRequestFromEvent(env: NodeJS.ProcessEnv): number | undefined {
  if (!env.GITHUB_EVENT_PATH) return undefined;
  try {
    const event = JSON.parse(fs.readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) as {
      pull_request?: { number?: unknown };
      number?: unknown;
    };
    const n = event.pull_request?.number ?? event.number;
    return typeof n === 'number' && Number.isInteger(n) && n > 0 ? n : undefined;
  } catch {
    return undefined; // no readable event: the pull-request input is then required where it matters
  }
}

class InputReader {
  constructor(private readonly getInput: (name: string) => string) {}

  str(name: string): string {
    return (this.getInput(name) ?? '').trim();
  }

  required(name: string): string {
    const v = this.str(name);
    if (!v) throw new InputError(name, `Input '${name}' is required.`);
    return v;
  }

  oneOf<T extends string>(name: string, allowed: readonly T[], def: T): T {
    const v = this.str(name) || def;
    if (!(allowed as readonly string[]).includes(v)) {
      throw new InputError(
        name,
        `Input '${name}' must be ${joinOr(allowed.map((a) => `'${a}'`))}; got '${v}'.`,
      );
    }
    return v as T;
  }

  bool(name: string, def: boolean): boolean {
    const v = this.str(name);
    if (!v) return def;
    // The YAML 1.2 core schema's booleans, as @actions/core getBooleanInput accepts them.
    if (['true', 'True', 'TRUE'].includes(v)) return true;
    if (['false', 'False', 'FALSE'].includes(v)) return false;
    throw new InputError(name, `Input '${name}' must be true or false; got '${v}'.`);
  }

  optionalInt(name: string, min: number, max: number): number | undefined {
    const v = this.str(name);
    if (!v) return undefined;
    if (!/^\d+$/.test(v) || Number(v) < min || Number(v) > max) {
      throw new InputError(name, `Input '${name}' must be a whole number from ${min} to ${max}; got '${v}'.`);
    }
    return Number(v);
  }

  int(name: string, def: number, min: number, max: number): number {
    return this.optionalInt(name, min, max) ?? def;
  }

  port(name: string, def: number): number {
    return this.int(name, def, 1, 65535);
  }

  /** Newline-separated values, blank lines and # comments skipped. */
  lines(name: string): string[] {
    return this.str(name)
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter((l) => l && !l.startsWith('#'));
  }

  /** Comma- or newline-separated values. */
  list(name: string): string[] {
    return this.lines(name)
      .flatMap((l) => l.split(','))
      .map((v) => v.trim())
      .filter(Boolean);
  }

  /** KEY=VALUE lines; the value may contain '=' and is kept as written (only the line's ends are trimmed). */
  keyValues(name: string): KeyValue[] {
    const out = new Map<string, string>();
    for (const line of this.lines(name)) {
      const eq = line.indexOf('=');
      if (eq <= 0) {
        // Never echo the line: it may be a secret value written without its key.
        throw new InputError(
          name,
          `Input '${name}' must hold KEY=VALUE lines; line ${this.lines(name).indexOf(line) + 1} has no KEY=.`,
        );
      }
      out.set(line.slice(0, eq).trim(), line.slice(eq + 1));
    }
    return [...out].map(([k, v]) => ({ name: k, value: v }));
  }
}
