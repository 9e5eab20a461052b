import { ECS_NAME_MAX } from '../config/aws-limits';
import { PREVIEW_TAGS } from '../config/tags';
import type { DeployConfig } from '../config/types';
import { loadBalancerName, targetGroupName } from '../infra/naming';
import { taskFamily } from '../pipeline/render';

/**
 * Names and tags of a pull request's preview. Pure: the preview, teardown and sweep modes derive
 * the same names from the same inputs, which is how a later run finds what an earlier one made.
 */

// The preview's tag keys are reserved in the `tags` input, so they are declared with the config's tags.
export { PREVIEW_TAGS } from '../config/tags';

export function previewServiceName(service: string, pullRequest: number): string {
  const name = `${service}-pr-${pullRequest}`;
  if (name.length > ECS_NAME_MAX)
    throw new Error(
      `The preview service name '${name.slice(0, 40)}...' would have ${name.length} characters (ECS allows ${ECS_NAME_MAX}); use a shorter service name.`,
    );
  return name;
}

/** The environment of a preview: in its tags, its target group name and the task definition's ${ENVIRONMENT}. */
export function previewEnvironmentName(pullRequest: number): string {
  return `pr-${pullRequest}`;
}

export function previewHost(pullRequest: number, domain: string): string {
  return `pr-${pullRequest}.${domain}`;
}

/** Without a domain a preview is reached under this prefix of the shared load balancer. */
export function previewPathPrefix(pullRequest: number): string {
  return `/pr-${pullRequest}`;
}

export function expiresAt(nowMs: number, ttlHours: number): string {
  return new Date(nowMs + ttlHours * 3_600_000).toISOString();
}

/** Whether an expiry tag has passed. An unreadable one counts as not expired: the sweep never removes on a guess. */
export function isExpired(expiry: string | undefined, nowMs: number): boolean {
  if (!expiry) return false;
  const t = Date.parse(expiry);
  return Number.isFinite(t) && t <= nowMs;
}

/** Everything of one preview, by name: what the preview mode creates and the teardown removes. */
export interface PreviewNames {
  pullRequest: number;
  cluster: string;
  service: string;
  environment: string;
  targetGroup: string;
  loadBalancer?: string;
  family: string;
  logGroup: string;
  /** The log group is the preview's own (derived), not one given by the log-group input and shared. */
  ownLogGroup: boolean;
  hostHeader?: string;
  pathPrefix?: string;
}

export function previewNames(config: DeployConfig, pullRequest: number): PreviewNames {
  const service = previewServiceName(config.service, pullRequest);
  const environment = previewEnvironmentName(pullRequest);
  const defaultLogGroup = `/ecs/${config.cluster}/${config.service}`;
  const ownLogGroup = config.taskDefinition.logGroup === defaultLogGroup;
  return {
    pullRequest,
    cluster: config.cluster,
    service,
    environment,
    // A target group name is at most 32 characters; the naming module hashes longer ones stably.
    targetGroup: targetGroupName(config.cluster, service, environment),
    loadBalancer: config.loadBalancer.targetGroupArn
      ? undefined
      : loadBalancerName(config.cluster, config.loadBalancer.name),
    family: taskFamily({ cluster: config.cluster, service }),
    logGroup: ownLogGroup ? `/ecs/${config.cluster}/${service}` : config.taskDefinition.logGroup,
    ownLogGroup,
    hostHeader: config.preview.domain ? previewHost(pullRequest, config.preview.domain) : undefined,
    pathPrefix: config.preview.domain ? undefined : previewPathPrefix(pullRequest),
  };
}

/**
 * The configuration the deploy pipeline runs for a preview: its own service, target group and rule
 * (host or path) on the shared load balancer, one task of the smallest Fargate size, no autoscaling,
 * tagged with the repository, the pull request and the expiry.
 */
export function previewDeployConfig(config: DeployConfig, pullRequest: number, nowMs: number): DeployConfig {
  if (config.loadBalancer.targetGroupArn)
    throw new Error(
      "A preview needs its own target group behind the shared load balancer; remove 'target-group-arn' for mode 'preview'.",
    );
  const n = previewNames(config, pullRequest);
  const managedKeys = new Set<string>(Object.values(PREVIEW_TAGS));
  const tags = [
    ...config.tags.filter((t) => !managedKeys.has(t.name)),
    { name: PREVIEW_TAGS.repository, value: config.repository },
    { name: PREVIEW_TAGS.pullRequest, value: String(pullRequest) },
    { name: PREVIEW_TAGS.expiresAt, value: expiresAt(nowMs, config.preview.ttlHours) },
    { name: PREVIEW_TAGS.previewOf, value: config.service },
  ];
  const environment = n.pathPrefix
    ? [
        ...config.taskDefinition.environment.filter((e) => e.name !== 'PATH_PREFIX'),
        { name: 'PATH_PREFIX', value: n.pathPrefix },
      ]
    : config.taskDefinition.environment;
  return {
    ...config,
    service: n.service,
    environment: n.environment,
    taskDefinition: {
      ...config.taskDefinition,
      cpu: '256',
      memory: '512',
      environment,
      logGroup: n.logGroup,
    },
    loadBalancer: {
      ...config.loadBalancer,
      hostHeader: n.hostHeader ? [n.hostHeader] : [],
      // The first pattern gives the URL (/pr-7/); the second catches the bare prefix without a slash.
      pathPattern: n.pathPrefix ? [`${n.pathPrefix}/*`, n.pathPrefix] : [],
      // A fixed priority or target group name of the main service must not be reused by every preview.
      rulePriority: undefined,
      targetGroupName: undefined,
    },
    autoScaling: { ...config.autoScaling, enabled: false },
    desiredCount: 1,
    tags,
  };
}
