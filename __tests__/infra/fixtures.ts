import type { DeployConfig } from '../../src/config/types';

type DeepPartial<T> = {
  [K in keyof T]?: T[K] extends (infer U)[] ? U[] : T[K] extends object ? DeepPartial<T[K]> : T[K];
};

/** A config as readConfig would make it from only cluster and service, with overrides. */
export function makeConfig(overrides: DeepPartial<DeployConfig> = {}): DeployConfig {
  const base: DeployConfig = {
    mode: 'deploy',
    region: 'eu-west-1',
    cluster: 'web',
    service: 'hello',
    environment: 'production',
    build: {
      context: '.',
      dockerfile: 'Dockerfile',
      buildArgs: [],
      cacheFrom: [],
      cacheTo: [],
      extraTags: [],
      labels: [],
    },
    ecr: { repository: 'hello', keepImages: 30, scanOnPush: true },
    taskDefinition: {
      containerPort: 3000,
      environment: [],
      secrets: [],
      logGroup: '/ecs/web/hello',
      logRetentionDays: 30,
      keepRevisions: 10,
    },
    network: { subnets: [], securityGroups: [], assignPublicIp: true },
    loadBalancer: {
      scheme: 'internet-facing',
      sslPolicy: 'ELBSecurityPolicy-TLS13-1-2-2021-06',
      hostHeader: [],
      pathPattern: [],
      healthCheck: {
        path: '/',
        intervalSeconds: 10,
        timeoutSeconds: 5,
        healthyThreshold: 2,
        unhealthyThreshold: 2,
        matcher: '200-399',
      },
      deregistrationDelaySeconds: 30,
    },
    autoScaling: {
      enabled: false,
      minCapacity: 1,
      maxCapacity: 1,
      scaleInCooldown: 300,
      scaleOutCooldown: 60,
    },
    preview: { ttlHours: 72, priorityBand: [40000, 49999] },
    forceNewDeployment: false,
    healthCheckGracePeriodSeconds: 60,
    containerInsights: false,
    waitForMinutes: 15,
    waitUntil: 'healthy',
    rollback: true,
    failureThreshold: 3,
    plan: false,
    tags: [],
    commitSha: 'abc',
    ref: 'refs/heads/main',
    repository: 'o/r',
    workspace: '.',
    serverUrl: 'https://github.com',
    warnings: [],
  };
  return merge(base, overrides) as DeployConfig;
}

function merge(a: unknown, b: unknown): unknown {
  if (b === undefined) return a;
  if (Array.isArray(b) || typeof b !== 'object' || b === null || typeof a !== 'object' || a === null)
    return b;
  const out: Record<string, unknown> = { ...(a as Record<string, unknown>) };
  for (const [k, v] of Object.entries(b)) out[k] = merge((a as Record<string, unknown>)[k], v);
  return out;
}
