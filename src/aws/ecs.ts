import {
  CreateServiceCommand,
  DeleteServiceCommand,
  ListServicesCommand,
  ListTasksCommandInput,
  TagResourceCommand,
  CreateServiceCommandInput,
  DeregisterTaskDefinitionCommand,
  DescribeServicesCommand,
  DescribeServiceDeploymentsCommand,
  ListServiceDeploymentsCommand,
  ServiceDeployment,
  ServiceDeploymentBrief,
  StopServiceDeploymentCommand,
  StopServiceDeploymentStopType,
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
import { untilVisible, ConsistencyOptions } from './consistency';
import { errorName, isAwsError } from './errors';
import { errorMessage } from '../util/errors';
import { allPages } from './paging';

/**
 * ECS: services, tasks and task definitions (the cluster itself is in cluster.ts). Like every module
 * of src/aws, free functions whose first argument is the SDK client; retries are the client's own.
 */

/** The service with its tags, or undefined when it does not exist (MISSING, INACTIVE, or no such cluster). */
export async function describeService(
  client: ECSClient,
  cluster: string,
  service: string,
): Promise<Service | undefined> {
  let out;
  try {
    out = await client.send(new DescribeServicesCommand({ cluster, services: [service], include: ['TAGS'] }));
  } catch (error) {
    // A cluster that does not exist cannot hold the service; the stack phase creates the cluster,
    // and in plan mode it may legitimately not exist yet.
    if (errorName(error) === 'ClusterNotFoundException') return undefined;
    throw error;
  }
  const found = out.services?.find((s) => s.serviceName === service || s.serviceArn?.endsWith(`/${service}`));
  if (!found || found.status === 'INACTIVE') return undefined;
  return found;
}

/**
 * The clientToken makes a repeated create safe. One error that only real AWS gives is waited out:
 * right after CreateListener/CreateRule, ECS may not yet see the listener, and refuses the target
 * group as having no associated load balancer.
 */
export async function createService(
  client: ECSClient,
  input: CreateServiceCommandInput,
  consistency?: ConsistencyOptions,
): Promise<Service> {
  const out = await untilVisible(
    () => client.send(new CreateServiceCommand(input)),
    isLoadBalancerNotYetAssociated,
    consistency,
  );
  if (!out.service) throw new Error(`CreateService for ${input.serviceName} returned no service`);
  return out.service;
}

export async function updateService(client: ECSClient, input: UpdateServiceCommandInput): Promise<Service> {
  const out = await client.send(new UpdateServiceCommand(input));
  if (!out.service) throw new Error(`UpdateService for ${input.service} returned no service`);
  return out.service;
}

export async function scaleServiceToZero(client: ECSClient, cluster: string, service: string): Promise<void> {
  await client.send(new UpdateServiceCommand({ cluster, service, desiredCount: 0 }));
}

/** force: delete even if tasks still run (they are already told to stop by the scale to zero). */
export async function deleteService(client: ECSClient, cluster: string, service: string): Promise<void> {
  await client.send(new DeleteServiceCommand({ cluster, service, force: true }));
}

/** Every service of a cluster with its tags (DescribeServices takes 10 at a time); none when no cluster. */
export async function listServices(client: ECSClient, cluster: string): Promise<Service[]> {
  let arns: string[];
  try {
    arns = await allPages(async (token) => {
      const out = await client.send(new ListServicesCommand({ cluster, nextToken: token, maxResults: 100 }));
      return { items: out.serviceArns, next: out.nextToken };
    });
  } catch (error) {
    if (errorName(error) === 'ClusterNotFoundException') return [];
    throw error;
  }
  const services: Service[] = [];
  for (let i = 0; i < arns.length; i += 10) {
    const out = await client.send(
      new DescribeServicesCommand({ cluster, services: arns.slice(i, i + 10), include: ['TAGS'] }),
    );
    services.push(...(out.services ?? []).filter((s) => s.status !== 'INACTIVE'));
  }
  return services;
}

export async function tagResource(
  client: ECSClient,
  arn: string,
  tags: Record<string, string>,
): Promise<void> {
  await client.send(
    new TagResourceCommand({
      resourceArn: arn,
      tags: Object.entries(tags).map(([key, value]) => ({ key, value })),
    }),
  );
}

/** ECS tags ({key, value}) as a record. */
export function ecsTags(tags: { key?: string; value?: string }[] | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const t of tags ?? []) if (t.key) out[t.key] = t.value ?? '';
  return out;
}

/**
 * Not idempotent: every call adds a revision. A 5xx that the SDK retries may, rarely, leave one more
 * identical revision; that is harmless (same content, and old revisions are pruned).
 */
export async function registerTaskDefinition(
  client: ECSClient,
  input: RegisterTaskDefinitionCommandInput,
): Promise<TaskDefinition> {
  const out = await client.send(new RegisterTaskDefinitionCommand(input));
  if (!out.taskDefinition)
    throw new Error(`RegisterTaskDefinition for ${input.family} returned no task definition`);
  return out.taskDefinition;
}

/** By ARN or family[:revision]; undefined when there is no such (ACTIVE) task definition. */
export async function describeTaskDefinition(
  client: ECSClient,
  taskDefinition: string,
): Promise<{ taskDefinition: TaskDefinition; tags: Tag[] } | undefined> {
  try {
    const out = await client.send(new DescribeTaskDefinitionCommand({ taskDefinition, include: ['TAGS'] }));
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
}

export async function deregisterTaskDefinition(client: ECSClient, arn: string): Promise<void> {
  await client.send(new DeregisterTaskDefinitionCommand({ taskDefinition: arn }));
}

const listTaskArns = (client: ECSClient, input: ListTasksCommandInput): Promise<string[]> =>
  allPages(async (nextToken) => {
    const out = await client.send(new ListTasksCommand({ ...input, nextToken }));
    return { items: out.taskArns, next: out.nextToken };
  }, 20);

/**
 * The tasks a deployment started that ECS still wants running (ListTasks' default desired status).
 * ListTasks documents startedBy as a filter that must be used alone.
 */
export function listStartedTaskArns(
  client: ECSClient,
  cluster: string,
  deploymentId: string,
): Promise<string[]> {
  return listTaskArns(client, { cluster, startedBy: deploymentId });
}

/**
 * The service's stopped tasks (ECS keeps them about an hour), where a deployment's failures are:
 * startedBy cannot be combined with a desired status, so they are listed by service and told apart
 * by startedBy once described.
 */
export function listStoppedTaskArns(client: ECSClient, cluster: string, service: string): Promise<string[]> {
  return listTaskArns(client, { cluster, serviceName: service, desiredStatus: 'STOPPED' });
}

export async function describeTasks(client: ECSClient, cluster: string, taskArns: string[]): Promise<Task[]> {
  const tasks: Task[] = [];
  // DescribeTasks takes at most 100 tasks per call.
  for (let i = 0; i < taskArns.length; i += 100) {
    const out = await client.send(new DescribeTasksCommand({ cluster, tasks: taskArns.slice(i, i + 100) }));
    tasks.push(...(out.tasks ?? []));
  }
  return tasks;
}

/**
 * The service deployments of a service (created from 2024-10-25 on), newest first as ECS lists them;
 * `createdAfter` keeps the list to the ones a run started. At most `maxPages` pages of 20.
 */
export async function listServiceDeployments(
  client: ECSClient,
  cluster: string,
  service: string,
  createdAfter?: Date,
  maxPages = 5,
): Promise<ServiceDeploymentBrief[]> {
  return allPages(async (nextToken) => {
    const out = await client.send(
      new ListServiceDeploymentsCommand({
        cluster,
        service,
        nextToken,
        ...(createdAfter ? { createdAt: { after: createdAfter } } : {}),
      }),
    );
    return { items: out.serviceDeployments, next: out.nextToken };
  }, maxPages);
}

/** One service deployment by its ARN; undefined when ECS reports it missing. */
export async function describeServiceDeployment(
  client: ECSClient,
  serviceDeploymentArn: string,
): Promise<ServiceDeployment | undefined> {
  const out = await client.send(
    new DescribeServiceDeploymentsCommand({ serviceDeploymentArns: [serviceDeploymentArn] }),
  );
  return out.serviceDeployments?.find((d) => d.serviceDeploymentArn === serviceDeploymentArn);
}

/**
 * StopServiceDeployment: ROLLBACK takes the service back to the revision it ran before (ECS shifts
 * the traffic back itself for blue/green, canary and linear), even when the service was not set to
 * roll back; ABORT leaves it where it is.
 */
export async function stopServiceDeployment(
  client: ECSClient,
  serviceDeploymentArn: string,
  stopType: StopServiceDeploymentStopType,
): Promise<void> {
  await client.send(new StopServiceDeploymentCommand({ serviceDeploymentArn, stopType }));
}

/** ECS's InvalidParameterException "The target group with targetGroupArn ... does not have an associated load balancer." */
export function isLoadBalancerNotYetAssociated(error: unknown): boolean {
  return (
    isAwsError(error, 'InvalidParameterException') &&
    /does not have an associated load balancer/i.test(errorMessage(error))
  );
}

/**
 * ECS's InvalidParameterException "Creation of service was not idempotent.": a service of that name
 * already exists with other parameters (another run created it a moment ago, with its own revision).
 */
export function isServiceNotIdempotent(error: unknown): boolean {
  return isAwsError(error, 'InvalidParameterException') && /not idempotent/i.test(errorMessage(error));
}

/**
 * The narrow ECS surface the deploy pipeline depends on: this module's functions bound to one
 * client, so that the pipeline's tests can hand it an in-memory fake instead.
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
  /** See listStartedTaskArns. */
  listStartedTaskArns(cluster: string, deploymentId: string): Promise<string[]>;
  /** See listStoppedTaskArns: the caller keeps those whose startedBy is its deployment's id. */
  listStoppedTaskArns(cluster: string, service: string): Promise<string[]>;
  describeTasks(cluster: string, taskArns: string[]): Promise<Task[]>;
  /** See listServiceDeployments. */
  listServiceDeployments(
    cluster: string,
    service: string,
    createdAfter?: Date,
  ): Promise<ServiceDeploymentBrief[]>;
  /** Undefined when ECS reports it missing. */
  describeServiceDeployment(serviceDeploymentArn: string): Promise<ServiceDeployment | undefined>;
  stopServiceDeployment(serviceDeploymentArn: string, stopType: StopServiceDeploymentStopType): Promise<void>;
}

/** Only CreateService waits for visibility (see createService); these tune that wait. */
export type EcsApiOptions = ConsistencyOptions;

export function createEcsApi(client: ECSClient, options: EcsApiOptions = {}): EcsApi {
  return {
    describeService: (cluster, service) => describeService(client, cluster, service),
    createService: (input) => createService(client, input, options),
    updateService: (input) => updateService(client, input),
    registerTaskDefinition: (input) => registerTaskDefinition(client, input),
    describeTaskDefinition: (taskDefinition) => describeTaskDefinition(client, taskDefinition),
    deregisterTaskDefinition: (arn) => deregisterTaskDefinition(client, arn),
    listActiveRevisions: (family) => listActiveRevisions(client, family),
    listStartedTaskArns: (cluster, deploymentId) => listStartedTaskArns(client, cluster, deploymentId),
    listStoppedTaskArns: (cluster, service) => listStoppedTaskArns(client, cluster, service),
    describeTasks: (cluster, taskArns) => describeTasks(client, cluster, taskArns),
    listServiceDeployments: (cluster, service, createdAfter) =>
      listServiceDeployments(client, cluster, service, createdAfter),
    describeServiceDeployment: (arn) => describeServiceDeployment(client, arn),
    stopServiceDeployment: (arn, stopType) => stopServiceDeployment(client, arn, stopType),
  };
}

/**
 * ACTIVE revisions of exactly this family, newest first. ListTaskDefinitions filters by prefix, so
 * `web-pr-1` would also list `web-pr-12`: the family is compared exactly.
 */
export async function listActiveRevisions(client: ECSClient, family: string): Promise<string[]> {
  const arns = await allPages(async (nextToken) => {
    const out = await client.send(
      new ListTaskDefinitionsCommand({ familyPrefix: family, status: 'ACTIVE', sort: 'DESC', nextToken }),
    );
    return { items: out.taskDefinitionArns, next: out.nextToken };
  }, 100);
  // familyPrefix matches "web" and "web-worker" alike: keep only this exact family.
  return arns.filter((arn) => familyOf(arn) === family);
}

/** "arn:aws:ecs:r:a:task-definition/web:7" -> "web" */
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
