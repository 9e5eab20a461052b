import {
  CreateServiceCommand,
  CreateServiceCommandInput,
  DeregisterTaskDefinitionCommand,
  DescribeServicesCommand,
  DescribeTaskDefinitionCommand,
  DescribeTasksCommand,
  ECSClient,
  ListTaskDefinitionsCommand,
  ListTasksCommand,
  RegisterTaskDefinitionCommand,
  RegisterTaskDefinitionCommandInput,
  Service,
  Task,
  TaskDefinition,
  Tag,
  UpdateServiceCommand,
  UpdateServiceCommandInput,
} from '@aws-sdk/client-ecs';
import { isRetryableError, isThrottlingError, withRetry } from '../util/retry';
import { allPages } from './paging';

/**
 * The narrow ECS surface the deploy pipeline uses. Every call goes through the one backoff helper:
 * ECS read limits (DescribeServices 20/s, DescribeTasks 20/s) are shared by every tool in the
 * account, and several services deploying at once is the common case for throttling.
 */
export interface EcsApi {
  /** The service, or undefined when it does not exist (MISSING or INACTIVE). */
  describeService(cluster: string, service: string): Promise<Service | undefined>;
  createService(input: CreateServiceCommandInput): Promise<Service>;
  updateService(input: UpdateServiceCommandInput): Promise<Service>;
  registerTaskDefinition(input: RegisterTaskDefinitionCommandInput): Promise<TaskDefinition>;
  /** By ARN or family[:revision]; undefined when there is no such (ACTIVE) task definition. */
  describeTaskDefinition(
    taskDefinition: string,
  ): Promise<{ taskDefinition: TaskDefinition; tags: Tag[] } | undefined>;
  deregisterTaskDefinition(arn: string): Promise<void>;
  /** ACTIVE revisions of a family, newest first. */
  listActiveRevisions(family: string): Promise<string[]>;
  /**
   * The tasks that may belong to a deployment: the running ones it started, and the service's stopped
   * ones. The caller keeps those whose startedBy is the deployment id (ECS sets it so).
   */
  listDeploymentTaskArns(cluster: string, service: string, deploymentId: string): Promise<string[]>;
  describeTasks(cluster: string, taskArns: string[]): Promise<Task[]>;
}

export interface EcsApiOptions {
  sleep: (ms: number) => Promise<void>;
  random?: () => number;
  attempts?: number;
  onRetry?: (error: unknown, attempt: number, delayMs: number) => void;
}

function errorName(error: unknown): string {
  return typeof error === 'object' && error !== null ? String((error as { name?: unknown }).name ?? '') : '';
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function createEcsApi(client: ECSClient, options: EcsApiOptions): EcsApi {
  const retry = <T>(fn: () => Promise<T>, isRetryable?: (error: unknown) => boolean) =>
    withRetry(fn, {
      sleep: options.sleep,
      random: options.random,
      attempts: options.attempts,
      onRetry: options.onRetry,
      isRetryable,
    });

  return {
    async describeService(cluster, service) {
      let out;
      try {
        out = await retry(() =>
          client.send(new DescribeServicesCommand({ cluster, services: [service], include: ['TAGS'] })),
        );
      } catch (error) {
        // A cluster that does not exist cannot hold the service; the stack phase creates the cluster,
        // and in plan mode it may legitimately not exist yet.
        if (errorName(error) === 'ClusterNotFoundException') return undefined;
        throw error;
      }
      const found = out.services?.find(
        (s) => s.serviceName === service || s.serviceArn?.endsWith(`/${service}`),
      );
      if (!found || found.status === 'INACTIVE') return undefined;
      return found;
    },

    async createService(input) {
      // The clientToken makes a repeated create safe. Besides the usual transient errors, one that
      // only real AWS gives is retried: right after CreateListener/CreateRule, ECS may not yet see the
      // listener, and refuses the target group as having no associated load balancer.
      const out = await withRetry(() => client.send(new CreateServiceCommand(input)), {
        sleep: options.sleep,
        random: options.random,
        onRetry: options.onRetry,
        attempts: Math.max(options.attempts ?? 0, LOAD_BALANCER_VISIBLE_ATTEMPTS),
        baseMs: 1000,
        maxMs: 8000,
        isRetryable: (error) => isRetryableError(error) || isLoadBalancerNotYetAssociated(error),
      });
      if (!out.service) throw new Error(`CreateService for ${input.serviceName} returned no service`);
      return out.service;
    },

    async updateService(input) {
      const out = await retry(() => client.send(new UpdateServiceCommand(input)));
      if (!out.service) throw new Error(`UpdateService for ${input.service} returned no service`);
      return out.service;
    },

    async registerTaskDefinition(input) {
      // Not idempotent (every call adds a revision), so only throttling is retried: a throttled
      // request was rejected before it did anything.
      const out = await retry(() => client.send(new RegisterTaskDefinitionCommand(input)), isThrottlingError);
      if (!out.taskDefinition)
        throw new Error(`RegisterTaskDefinition for ${input.family} returned no task definition`);
      return out.taskDefinition;
    },

    async describeTaskDefinition(taskDefinition) {
      try {
        const out = await retry(() =>
          client.send(new DescribeTaskDefinitionCommand({ taskDefinition, include: ['TAGS'] })),
        );
        if (!out.taskDefinition) return undefined;
        return { taskDefinition: out.taskDefinition, tags: out.tags ?? [] };
      } catch (error) {
        // ECS answers an unknown family or revision with a ClientException ("Unable to describe task definition.").
        if (
          errorName(error) === 'ClientException' &&
          /unable to describe|not found|does not exist/i.test(errorMessage(error))
        ) {
          return undefined;
        }
        throw error;
      }
    },

    async deregisterTaskDefinition(arn) {
      await retry(() => client.send(new DeregisterTaskDefinitionCommand({ taskDefinition: arn })));
    },

    listActiveRevisions(family) {
      return listActiveRevisions(client, family, retry);
    },

    async listDeploymentTaskArns(cluster, service, deploymentId) {
      // ListTasks documents startedBy as a filter that must be used alone, and it then lists the
      // default desired status, RUNNING. Stopped tasks (where the failures are) are listed by
      // service instead, and told apart by startedBy once described.
      const running = await allPages(async (nextToken) => {
        const out = await retry(() =>
          client.send(new ListTasksCommand({ cluster, startedBy: deploymentId, nextToken })),
        );
        return { items: out.taskArns, next: out.nextToken };
      }, 20);
      const stopped = await allPages(async (nextToken) => {
        const out = await retry(() =>
          client.send(
            new ListTasksCommand({ cluster, serviceName: service, desiredStatus: 'STOPPED', nextToken }),
          ),
        );
        return { items: out.taskArns, next: out.nextToken };
      }, 20);
      return [...new Set([...running, ...stopped])];
    },

    async describeTasks(cluster, taskArns) {
      const tasks: Task[] = [];
      // DescribeTasks takes at most 100 tasks per call.
      for (let i = 0; i < taskArns.length; i += 100) {
        const batch = taskArns.slice(i, i + 100);
        const out = await retry(() => client.send(new DescribeTasksCommand({ cluster, tasks: batch })));
        tasks.push(...(out.tasks ?? []));
      }
      return tasks;
    },
  };
}

/** About 30 s of full-jitter backoff (1 s doubling to at most 8 s) for ECS to see a new listener. */
const LOAD_BALANCER_VISIBLE_ATTEMPTS = 10;

/** ECS's InvalidParameterException "The target group with targetGroupArn ... does not have an associated load balancer." */
export function isLoadBalancerNotYetAssociated(error: unknown): boolean {
  return (
    errorName(error) === 'InvalidParameterException' &&
    /does not have an associated load balancer/i.test(errorMessage(error))
  );
}

/** "arn:aws:ecs:r:a:task-definition/web:7" -> "web" */
/**
 * ACTIVE revisions of exactly this family, newest first. Shared by the deploy pipeline (through
 * EcsApi, with its backoff) and the preview teardown (plain calls). `retry` wraps each page's call.
 */
export async function listActiveRevisions(
  client: ECSClient,
  family: string,
  retry: <T>(call: () => Promise<T>) => Promise<T> = (call) => call(),
): Promise<string[]> {
  const arns = await allPages(async (nextToken) => {
    const out = await retry(() =>
      client.send(
        new ListTaskDefinitionsCommand({ familyPrefix: family, status: 'ACTIVE', sort: 'DESC', nextToken }),
      ),
    );
    return { items: out.taskDefinitionArns, next: out.nextToken };
  }, 100);
  // familyPrefix matches "web" and "web-worker" alike: keep only this exact family.
  return arns.filter((arn) => familyOf(arn) === family);
}

export function familyOf(taskDefinitionArn: string): string {
  const name = taskDefinitionArn.split('/').pop() ?? taskDefinitionArn;
  return name.replace(/:\d+$/, '');
}

/** "arn:...:task-definition/web:7" -> "web:7" */
export function shortTaskDefinition(taskDefinitionArn: string | undefined): string {
  if (!taskDefinitionArn) return '(none)';
  return taskDefinitionArn.split('/').pop() ?? taskDefinitionArn;
}

/** The task id at the end of a task ARN. */
export function taskIdOf(taskArn: string): string {
  return taskArn.split('/').pop() ?? taskArn;
}
