import type { ECSClient } from '@aws-sdk/client-ecs';
import type { ECRClient } from '@aws-sdk/client-ecr';
import type { ElasticLoadBalancingV2Client } from '@aws-sdk/client-elastic-load-balancing-v2';
import type { EC2Client } from '@aws-sdk/client-ec2';
import type { CloudWatchLogsClient } from '@aws-sdk/client-cloudwatch-logs';
import type { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import type { ApplicationAutoScalingClient } from '@aws-sdk/client-application-auto-scaling';
import type { STSClient } from '@aws-sdk/client-sts';
import type { ACMClient } from '@aws-sdk/client-acm';

/** Every SDK client the action uses, made once per run with one region and one retry policy. */
export interface AwsClients {
  ecs: ECSClient;
  ecr: ECRClient;
  elbv2: ElasticLoadBalancingV2Client;
  ec2: EC2Client;
  logs: CloudWatchLogsClient;
  autoscaling: ApplicationAutoScalingClient;
  cloudwatch: CloudWatchClient;
  sts: STSClient;
  acm: ACMClient;
}

/**
 * The attempt budget for throttling and transient errors (HTTP 5xx, timeouts, connection resets).
 * More than the SDK's default 3, because several services deploying at once in one account share the
 * same API rate limits (ELBv2 Describe* refills at about 10 per second). The SDK's standard mode
 * sleeps random(0, min(20 s, base * 2^retry)) before each retry, base 1 s for throttling and 50 ms for
 * transient errors (@smithy/core util-retry), so a call is sent at most 8 times and sleeps at most
 * 1+2+4+8+16+20+20 = 71 s (throttled) or 6.35 s (transient) in all. No code of the action retries
 * these errors again; see docs/architecture.md, "AWS calls and retries".
 */
export const SDK_MAX_ATTEMPTS = 8;

/** The settings every client is made with: one region, one retry policy. */
export function clientConfig(region: string, maxAttempts = SDK_MAX_ATTEMPTS) {
  return { region, maxAttempts, retryMode: 'standard' as const };
}

type ClientSettings = ReturnType<typeof clientConfig>;

/*
 * How each client is made. The packages are required here, at the first use of a client, not at
 * the top of the module: a mode loads only the SDK clients it calls (a teardown never loads EC2's,
 * whose models alone take about 70 MB), and the first AWS request is not held up by loading the
 * others. A static import would evaluate every package when the action starts.
 */
/* eslint-disable @typescript-eslint/no-require-imports */
const MAKERS: { [K in keyof AwsClients]: (settings: ClientSettings) => AwsClients[K] } = {
  ecs: (c) => new (require('@aws-sdk/client-ecs') as typeof import('@aws-sdk/client-ecs')).ECSClient(c),
  ecr: (c) => new (require('@aws-sdk/client-ecr') as typeof import('@aws-sdk/client-ecr')).ECRClient(c),
  elbv2: (c) =>
    new (
      require('@aws-sdk/client-elastic-load-balancing-v2') as typeof import('@aws-sdk/client-elastic-load-balancing-v2')
    ).ElasticLoadBalancingV2Client(c),
  ec2: (c) => new (require('@aws-sdk/client-ec2') as typeof import('@aws-sdk/client-ec2')).EC2Client(c),
  logs: (c) =>
    new (
      require('@aws-sdk/client-cloudwatch-logs') as typeof import('@aws-sdk/client-cloudwatch-logs')
    ).CloudWatchLogsClient(c),
  autoscaling: (c) =>
    new (
      require('@aws-sdk/client-application-auto-scaling') as typeof import('@aws-sdk/client-application-auto-scaling')
    ).ApplicationAutoScalingClient(c),
  cloudwatch: (c) =>
    new (
      require('@aws-sdk/client-cloudwatch') as typeof import('@aws-sdk/client-cloudwatch')
    ).CloudWatchClient(c),
  sts: (c) => new (require('@aws-sdk/client-sts') as typeof import('@aws-sdk/client-sts')).STSClient(c),
  acm: (c) => new (require('@aws-sdk/client-acm') as typeof import('@aws-sdk/client-acm')).ACMClient(c),
};
/* eslint-enable @typescript-eslint/no-require-imports */

/**
 * Every client of the run, each made on its first use and then kept (one per service, as before).
 * The SDK reads credentials and endpoints (AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_ECS, ...) from the
 * environment itself, which is how the emulator is reached.
 */
export function createClients(region: string, maxAttempts = SDK_MAX_ATTEMPTS): AwsClients {
  const common = clientConfig(region, maxAttempts);
  const made: Partial<AwsClients> = {};
  const clients = {} as AwsClients;
  for (const name of Object.keys(MAKERS) as (keyof AwsClients)[]) {
    Object.defineProperty(clients, name, {
      enumerable: true,
      get() {
        if (!made[name]) {
          const client = MAKERS[name](common);
          nameFailedCalls(client);
          (made as Record<string, unknown>)[name] = client;
        }
        return made[name];
      },
    });
  }
  return clients;
}

/**
 * AWS error messages rarely say which call failed ("Rate exceeded", "Access Denied"). Every error
 * that leaves a client, after the SDK's own retries, is prefixed with the service and operation,
 * e.g. "ECS DescribeClusters: Rate exceeded", so a failed step says what to look at (a missing IAM
 * permission, a throttled API). The error's name and class are unchanged, so code that branches on
 * them works as before.
 */
export function nameFailedCalls(client: { middlewareStack: { add: (...args: any[]) => void } }): void {
  client.middlewareStack.add(
    (next: (args: unknown) => Promise<unknown>, context: { clientName?: string; commandName?: string }) =>
      async (args: unknown) => {
        try {
          return await next(args);
        } catch (error) {
          if (error instanceof Error && context.commandName && !(error as any).$callNamed) {
            const service = (context.clientName ?? '').replace(/Client$/, '');
            error.message = `${service} ${context.commandName.replace(/Command$/, '')}: ${error.message}`;
            (error as any).$callNamed = true;
          }
          throw error;
        }
      },
    { step: 'initialize', name: 'nameFailedCalls', priority: 'high' },
  );
}
