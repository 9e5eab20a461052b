import { AwsError } from '../../core/errors';
import { validTagKey, validTagValue } from '../../core/tags';
import { decodePageToken, pageFrom } from '../../core/paging';
import type { RequestContext, ServiceDefinition } from '../../core/service';
import type { World } from '../../core/world';
import type {
  AwsVpcConfiguration,
  DeploymentConfig,
  LoadBalancerRef,
  ServiceRecord,
  Tag,
  TaskDefinitionRecord,
  TaskRecord,
} from './model';
import { EcsState } from './state';
import { buildTaskDefinitionBody } from './taskdefs';
import {
  clusterView,
  serviceDeploymentBriefView,
  serviceDeploymentView,
  serviceView,
  taskDefinitionView,
  taskView,
} from './views';

const invalid = (message: string): AwsError => new AwsError('InvalidParameterException', message);
const clientError = (message: string): AwsError => new AwsError('ClientException', message);
const clusterNotFound = (): AwsError => new AwsError('ClusterNotFoundException', 'Cluster not found.');
const serviceNotFound = (): AwsError => new AwsError('ServiceNotFoundException', 'Service not found.');

const NAME = /^[A-Za-z0-9_-]{1,255}$/;

function ecsOf(ctx: RequestContext): EcsState {
  return EcsState.of(ctx.world);
}

function requireCluster(ecs: EcsState, ref: string | undefined, autoCreateDefault = false): string {
  const name = ecs.clusterNameOf(ref);
  if (ecs.findCluster(name)) return name;
  // ECS creates the 'default' cluster the first time something is placed in it.
  if (autoCreateDefault && name === 'default') return ecs.ensureCluster(name).name;
  throw clusterNotFound();
}

// Pagination and tags
function page<T>(
  items: T[],
  input: { nextToken?: string; maxResults?: number },
  defaultMax: number,
): { items: T[]; nextToken?: string } {
  const max = input.maxResults ?? defaultMax;
  if (!Number.isInteger(max) || max < 1 || max > 100) throw invalid('maxResults must be between 1 and 100.');
  const start = decodePageToken(input.nextToken);
  if (start === undefined) throw invalid('Invalid nextToken.');
  return pageFrom(items, start, max);
}

function validTags(tags: unknown): Tag[] {
  if (tags === undefined || tags === null) return [];
  if (!Array.isArray(tags)) throw invalid('tags must be a list.');
  if (tags.length > 50) throw invalid('The number of tags exceeds the limit of 50.');
  return tags.map((t: any) => {
    if (typeof t?.key !== 'string' || !validTagKey(t.key))
      throw invalid('Tag keys must be between 1 and 128 characters.');
    const value = t.value ?? '';
    if (typeof value !== 'string' || !validTagValue(value))
      throw invalid('Tag values must be at most 256 characters.');
    if (/^aws:/i.test(t.key)) throw invalid("Tag keys beginning with 'aws:' are reserved.");
    return { key: t.key, value };
  });
}

function mergeTags(existing: Tag[], added: Tag[]): Tag[] {
  const out = existing.filter((t) => !added.some((a) => a.key === t.key));
  return [...out, ...added];
}

/** The tag list of a resource by ARN (clusters, services, task definitions, tasks). */
function taggable(ecs: EcsState, arn: unknown): { tags: Tag[]; set(tags: Tag[]): void } {
  if (typeof arn !== 'string' || !arn) throw invalid('resourceArn must be specified.');
  const m = /^arn:aws[a-z-]*:ecs:[^:]*:\d*:(cluster|service|task|task-definition)\/(.+)$/.exec(arn);
  if (!m) throw invalid(`Invalid resource ARN: ${arn}.`);
  const [, kind, rest] = m;
  const holder: { tags: Tag[] } | undefined =
    kind === 'cluster'
      ? ecs.findCluster(rest)
      : kind === 'service'
        ? (() => {
            const s = ecs.findService(undefined, arn);
            return s && s.status !== 'INACTIVE' ? s : undefined;
          })()
        : kind === 'task'
          ? ecs.findTask(undefined, arn)
          : ecs.findTaskDefinition(arn);
  if (!holder) {
    if (kind === 'cluster') throw clusterNotFound();
    throw new AwsError('ResourceNotFoundException', 'The specified resource could not be found.');
  }
  return { tags: holder.tags, set: (tags) => (holder.tags = tags) };
}

// Service parameters
function networkConfigurationOf(world: World, input: any, td: TaskDefinitionRecord): AwsVpcConfiguration {
  const cfg = input?.awsvpcConfiguration;
  if (!cfg) {
    if (td.body.networkMode === 'awsvpc')
      throw invalid("Network Configuration must be provided when networkMode 'awsvpc' is specified.");
    throw invalid('Fargate requires the awsvpc network mode and a networkConfiguration.');
  }
  const subnets: string[] = Array.isArray(cfg.subnets) ? cfg.subnets : [];
  if (subnets.length === 0) throw invalid('subnets can not be empty.');
  if (subnets.length > 16) throw invalid('At most 16 subnets can be specified.');
  const securityGroups: string[] = Array.isArray(cfg.securityGroups) ? cfg.securityGroups : [];
  if (securityGroups.length > 5) throw invalid('At most 5 security groups can be specified.');
  const assignPublicIp = cfg.assignPublicIp ?? 'DISABLED';
  if (assignPublicIp !== 'ENABLED' && assignPublicIp !== 'DISABLED')
    throw invalid('assignPublicIp must be ENABLED or DISABLED.');
  const ec2 = world.ec2;
  const vpcs = new Set<string>();
  for (const id of subnets) {
    const subnet = ec2?.getSubnet(id);
    if (!subnet)
      throw invalid(
        `Error retrieving subnet information for [${id}]: The subnet ID '${id}' does not exist (ErrorCode: InvalidSubnetID.NotFound)`,
      );
    vpcs.add(subnet.vpcId);
  }
  if (vpcs.size > 1)
    throw invalid('The subnets belong to different VPCs; all subnets must be in the same VPC.');
  const groups = securityGroups.length ? securityGroups : [];
  for (const id of groups) {
    const sg = ec2?.getSecurityGroup(id);
    if (!sg)
      throw invalid(
        `Error retrieving security group information for [${id}]: The security group '${id}' does not exist (ErrorCode: InvalidGroup.NotFound)`,
      );
    if (!vpcs.has(sg.vpcId)) throw invalid(`Security group ${id} does not belong to the VPC of the subnets.`);
  }
  return { subnets: [...subnets], securityGroups: [...groups], assignPublicIp };
}

function loadBalancersOf(world: World, input: unknown, td: TaskDefinitionRecord): LoadBalancerRef[] {
  if (input === undefined || input === null) return [];
  if (!Array.isArray(input)) throw invalid('loadBalancers must be a list.');
  if (input.length > 5) throw invalid('At most 5 target groups can be attached to a service.');
  const elbv2 = world.elbv2;
  return input.map((lb: any) => {
    if (lb.loadBalancerName)
      throw invalid(
        'Classic Load Balancers are not supported with the awsvpc network mode; specify a targetGroupArn.',
      );
    if (typeof lb.targetGroupArn !== 'string' || !lb.targetGroupArn)
      throw invalid('targetGroupArn must be specified.');
    const tg = elbv2?.getTargetGroup(lb.targetGroupArn);
    if (!tg)
      throw invalid(
        'Unable to assume role and validate the specified targetGroupArn. Please verify that the ECS service role being passed has the proper permissions.',
      );
    if (tg.loadBalancerArns.length === 0)
      throw invalid(
        `The target group with targetGroupArn ${lb.targetGroupArn} does not have an associated load balancer.`,
      );
    if (td.body.networkMode === 'awsvpc' && tg.targetType !== 'ip')
      throw invalid(
        `The provided target group ${lb.targetGroupArn} has target type ${tg.targetType}, which is incompatible with the awsvpc network mode specified in the task definition.`,
      );
    const container = (td.body.containerDefinitions as any[]).find((c) => c.name === lb.containerName);
    if (!container) throw invalid(`The container ${lb.containerName} does not exist in the task definition.`);
    const port = Number(lb.containerPort);
    if (!(container.portMappings as any[]).some((p) => p.containerPort === port))
      throw invalid(
        `The container ${lb.containerName} did not have a container port ${lb.containerPort} defined.`,
      );
    return { targetGroupArn: lb.targetGroupArn, containerName: lb.containerName, containerPort: port };
  });
}

function deploymentConfigurationOf(input: any, base?: DeploymentConfig): DeploymentConfig {
  const min = input?.minimumHealthyPercent ?? base?.minimumHealthyPercent ?? 100;
  const max = input?.maximumPercent ?? base?.maximumPercent ?? 200;
  if (!Number.isInteger(min) || min < 0 || min > 100)
    throw invalid('minimumHealthyPercent must be between 0 and 100.');
  if (!Number.isInteger(max) || max < 100)
    throw invalid('maximumPercent must be at least 100 for a service with the REPLICA scheduling strategy.');
  const cb = input?.deploymentCircuitBreaker ??
    base?.deploymentCircuitBreaker ?? { enable: false, rollback: false };
  if (typeof cb.enable !== 'boolean' || typeof cb.rollback !== 'boolean')
    throw invalid('deploymentCircuitBreaker requires both enable and rollback.');
  return {
    minimumHealthyPercent: min,
    maximumPercent: max,
    deploymentCircuitBreaker: {
      enable: cb.enable,
      rollback: cb.rollback,
      resetOnHealthyTask: cb.resetOnHealthyTask,
    },
  };
}

function requireTaskDefinition(ecs: EcsState, ref: unknown): TaskDefinitionRecord {
  if (typeof ref !== 'string' || !ref) throw invalid('TaskDefinition can not be blank.');
  const td = ecs.findTaskDefinition(ref);
  if (!td) throw clientError('TaskDefinition not found.');
  if (td.status !== 'ACTIVE' && !/:\d+$/.test(ref)) throw clientError('TaskDefinition not found.');
  if (!(td.body.compatibilities as string[]).includes('FARGATE'))
    throw invalid('Task definition does not support launch_type FARGATE.');
  return td;
}

function desiredCountOf(value: unknown, fallback: number): number {
  const n = value ?? fallback;
  if (!Number.isInteger(n) || (n as number) < 0)
    throw invalid('desiredCount must be a non-negative integer.');
  return n as number;
}

// Operations
const operations: ServiceDefinition['operations'] = {
  // Clusters
  CreateCluster(input, ctx) {
    const ecs = ecsOf(ctx);
    const name = input.clusterName ?? 'default';
    if (!NAME.test(name))
      throw invalid(
        'Cluster name can be up to 255 characters long and contain only letters, numbers, hyphens and underscores.',
      );
    const tags = validTags(input.tags);
    const existing = ecs.findCluster(name);
    // CreateCluster is idempotent: an existing cluster is answered as it is.
    const c = existing ?? ecs.ensureCluster(name);
    if (!existing) {
      c.tags = tags;
      for (const s of input.settings ?? []) {
        if (s.name !== 'containerInsights') throw invalid(`Invalid cluster setting name: ${s.name}.`);
        if (!['enabled', 'disabled', 'enhanced'].includes(s.value))
          throw invalid(`Invalid value for containerInsights: ${s.value}.`);
        c.settings = [{ name: s.name, value: s.value }];
      }
    }
    return { cluster: clusterView(ecs, c, ['TAGS', 'SETTINGS']) };
  },

  DescribeClusters(input, ctx) {
    const ecs = ecsOf(ctx);
    const refs: string[] = input.clusters?.length ? input.clusters : ['default'];
    const include: string[] = input.include ?? [];
    const clusters: unknown[] = [];
    const failures: unknown[] = [];
    for (const ref of refs) {
      const name = ecs.clusterNameOf(ref);
      const c = ecs.clusters.get(name);
      if (c) clusters.push(clusterView(ecs, c, include));
      else failures.push({ arn: ecs.clusterArn(name), reason: 'MISSING' });
    }
    return { clusters, failures };
  },

  ListClusters(input, ctx) {
    const ecs = ecsOf(ctx);
    const arns = [...ecs.clusters.values()].filter((c) => c.status === 'ACTIVE').map((c) => c.arn);
    const p = page(arns, input, 100);
    return { clusterArns: p.items, nextToken: p.nextToken };
  },

  DeleteCluster(input, ctx) {
    const ecs = ecsOf(ctx);
    const c = ecs.findCluster(input.cluster);
    if (!c) throw clusterNotFound();
    if ([...ecs.services.values()].some((s) => s.clusterName === c.name && s.status !== 'INACTIVE'))
      throw new AwsError(
        'ClusterContainsServicesException',
        'The Cluster cannot be deleted while Services are active.',
      );
    if ([...ecs.tasks.values()].some((t) => t.clusterName === c.name && t.lastStatus !== 'STOPPED'))
      throw new AwsError(
        'ClusterContainsTasksException',
        'The Cluster cannot be deleted while Tasks are active.',
      );
    c.status = 'INACTIVE';
    return { cluster: clusterView(ecs, c, ['TAGS', 'SETTINGS']) };
  },

  UpdateClusterSettings(input, ctx) {
    const ecs = ecsOf(ctx);
    const c = ecs.findCluster(input.cluster);
    if (!c) throw clusterNotFound();
    if (!Array.isArray(input.settings) || input.settings.length === 0)
      throw invalid('settings must be specified.');
    for (const s of input.settings) {
      if (s.name !== 'containerInsights') throw invalid(`Invalid cluster setting name: ${s.name}.`);
      if (!['enabled', 'disabled', 'enhanced'].includes(s.value))
        throw invalid(`Invalid value for containerInsights: ${s.value}.`);
      c.settings = [{ name: s.name, value: s.value }];
    }
    return { cluster: clusterView(ecs, c, ['TAGS', 'SETTINGS']) };
  },

  // Task definitions
  RegisterTaskDefinition(input, ctx) {
    const ecs = ecsOf(ctx);
    const body = buildTaskDefinitionBody(input);
    const tags = validTags(input.tags);
    const list = ecs.taskDefinitions.get(body.family) ?? [];
    const revision = list.length + 1;
    const td: TaskDefinitionRecord = {
      arn: ecs.taskDefinitionArn(body.family, revision),
      family: body.family,
      revision,
      status: 'ACTIVE',
      body,
      tags,
      registeredAt: ctx.world.clock.nowMs(),
    };
    list.push(td);
    ecs.taskDefinitions.set(body.family, list);
    return { taskDefinition: taskDefinitionView(td, ctx.accountId), tags };
  },

  DescribeTaskDefinition(input, ctx) {
    const ecs = ecsOf(ctx);
    if (typeof input.taskDefinition !== 'string' || !input.taskDefinition)
      throw clientError('Unable to describe task definition.');
    const td = ecs.findTaskDefinition(input.taskDefinition);
    if (!td) throw clientError('Unable to describe task definition.');
    const include: string[] = input.include ?? [];
    return {
      taskDefinition: taskDefinitionView(td, ctx.accountId),
      tags: include.includes('TAGS') ? td.tags : undefined,
    };
  },

  ListTaskDefinitions(input, ctx) {
    const ecs = ecsOf(ctx);
    const status = input.status ?? 'ACTIVE';
    if (!['ACTIVE', 'INACTIVE', 'DELETE_IN_PROGRESS'].includes(status))
      throw invalid(`Invalid status: ${status}.`);
    const sort = input.sort ?? 'ASC';
    if (sort !== 'ASC' && sort !== 'DESC') throw invalid(`Invalid sort: ${sort}.`);
    let all = [...ecs.taskDefinitions.values()].flat().filter((td) => td && td.status === status);
    if (input.familyPrefix) all = all.filter((td) => td.family.startsWith(input.familyPrefix));
    all.sort((a, b) => (a.family < b.family ? -1 : a.family > b.family ? 1 : a.revision - b.revision));
    if (sort === 'DESC') all.reverse();
    const p = page(
      all.map((td) => td.arn),
      input,
      100,
    );
    return { taskDefinitionArns: p.items, nextToken: p.nextToken };
  },

  ListTaskDefinitionFamilies(input, ctx) {
    const ecs = ecsOf(ctx);
    const status = input.status ?? 'ACTIVE';
    if (!['ACTIVE', 'INACTIVE', 'ALL'].includes(status)) throw invalid(`Invalid status: ${status}.`);
    let families = [...ecs.taskDefinitions.entries()]
      .filter(([, revs]) => {
        const anyActive = revs.some((r) => r?.status === 'ACTIVE');
        return status === 'ALL' || (status === 'ACTIVE' ? anyActive : !anyActive);
      })
      .map(([family]) => family)
      .sort();
    if (input.familyPrefix) families = families.filter((f) => f.startsWith(input.familyPrefix));
    const p = page(families, input, 100);
    return { families: p.items, nextToken: p.nextToken };
  },

  DeregisterTaskDefinition(input, ctx) {
    const ecs = ecsOf(ctx);
    const ref = input.taskDefinition;
    // ECS requires a revision here: a bare family is refused.
    if (typeof ref !== 'string' || !/:\d+$/.test(ref))
      throw clientError('The specified task definition identifier is invalid. Specify a valid revision.');
    const td = ecs.findTaskDefinition(ref);
    if (!td) throw clientError('The specified task definition does not exist.');
    if (td.status === 'ACTIVE') {
      td.status = 'INACTIVE';
      td.deregisteredAt = ctx.world.clock.nowMs();
    }
    return { taskDefinition: taskDefinitionView(td, ctx.accountId) };
  },

  DeleteTaskDefinitions(input, ctx) {
    const ecs = ecsOf(ctx);
    const refs: string[] = input.taskDefinitions ?? [];
    if (!refs.length || refs.length > 10)
      throw invalid('taskDefinitions must list between 1 and 10 task definitions.');
    const taskDefinitions: unknown[] = [];
    const failures: unknown[] = [];
    for (const ref of refs) {
      const td = /:\d+$/.test(ref) ? ecs.findTaskDefinition(ref) : undefined;
      if (!td) failures.push({ arn: ref, reason: 'The specified task definition does not exist.' });
      else if (td.status === 'ACTIVE')
        failures.push({
          arn: td.arn,
          reason: 'The specified task definition is still in ACTIVE status. Deregister it first.',
        });
      else {
        td.status = 'DELETE_IN_PROGRESS';
        td.deregisteredAt ??= ctx.world.clock.nowMs();
        taskDefinitions.push({
          ...taskDefinitionView(td, ctx.accountId),
          deleteRequestedAt: ctx.world.clock.now(),
        });
      }
    }
    return { taskDefinitions, failures };
  },

  // Services
  CreateService(input, ctx) {
    const ecs = ecsOf(ctx);
    const name = input.serviceName;
    if (typeof name !== 'string' || !name) throw invalid('serviceName must be specified.');
    if (!NAME.test(name))
      throw invalid(
        'Service name can be up to 255 characters long and contain only letters, numbers, hyphens and underscores.',
      );
    const clusterName = requireCluster(ecs, input.cluster, true);
    const existing = ecs.findService(clusterName, name);
    if (
      existing &&
      existing.status === 'ACTIVE' &&
      input.clientToken &&
      existing.clientToken === input.clientToken
    )
      return { service: serviceView(ecs, existing, { tags: true }) };
    if (input.launchType !== undefined && input.launchType !== 'FARGATE')
      throw invalid(
        `The emulator runs services on Fargate only; launchType ${input.launchType} is not supported.`,
      );
    if (input.capacityProviderStrategy?.length)
      throw invalid('capacityProviderStrategy is not supported by the emulator; use launchType FARGATE.');
    if (input.deploymentController && input.deploymentController.type !== 'ECS')
      throw invalid(
        `Deployment controller ${input.deploymentController.type} is not supported by the emulator.`,
      );
    if (input.schedulingStrategy && input.schedulingStrategy !== 'REPLICA')
      throw invalid('Fargate services support only the REPLICA scheduling strategy.');
    const td = requireTaskDefinition(ecs, input.taskDefinition);
    const desiredCount = desiredCountOf(input.desiredCount, 0);
    const networkConfiguration = networkConfigurationOf(ctx.world, input.networkConfiguration, td);
    const loadBalancers = loadBalancersOf(ctx.world, input.loadBalancers, td);
    const grace = input.healthCheckGracePeriodSeconds;
    if (grace !== undefined && (!Number.isInteger(grace) || grace < 0 || grace > 2147483647))
      throw invalid('healthCheckGracePeriodSeconds must be between 0 and 2147483647.');
    if (grace !== undefined && grace > 0 && loadBalancers.length === 0)
      throw invalid('Health check grace period is only valid for services configured to use load balancers');
    const deploymentConfiguration = deploymentConfigurationOf(input.deploymentConfiguration);
    const propagateTags = input.propagateTags ?? 'NONE';
    if (!['NONE', 'SERVICE', 'TASK_DEFINITION'].includes(propagateTags))
      throw invalid(`Invalid propagateTags: ${propagateTags}.`);
    const tags = validTags(input.tags);
    const fingerprint = JSON.stringify({
      td: td.arn,
      desiredCount,
      networkConfiguration,
      loadBalancers,
      deploymentConfiguration,
      grace: grace ?? 0,
    });

    if (existing && existing.status === 'ACTIVE') {
      // A retry of the same request answers the existing service; anything else is refused.
      if (existing.createFingerprint === fingerprint)
        return { service: serviceView(ecs, existing, { tags: true }) };
      throw invalid('Creation of service was not idempotent.');
    }
    if (existing && existing.status === 'DRAINING')
      throw invalid('Unable to Start a service that is still Draining.');

    const svc: ServiceRecord = {
      arn: ecs.serviceArn(clusterName, name),
      name,
      clusterName,
      status: 'ACTIVE',
      desiredCount,
      taskDefinition: td.arn,
      launchType: 'FARGATE',
      platformVersion: input.platformVersion ?? 'LATEST',
      loadBalancers,
      networkConfiguration,
      healthCheckGracePeriodSeconds: grace ?? 0,
      deploymentConfiguration,
      enableECSManagedTags: !!input.enableECSManagedTags,
      propagateTags,
      enableExecuteCommand: !!input.enableExecuteCommand,
      tags,
      createdAt: ctx.world.clock.nowMs(),
      createdBy: `arn:aws:iam::${ctx.accountId}:root`,
      clientToken: input.clientToken,
      createFingerprint: fingerprint,
      deployments: [],
      serviceDeployments: [],
      revisions: [],
      events: [],
      steady: false,
    };
    ecs.services.set(`${clusterName}/${name}`, svc);
    ecs.startDeployment(svc);
    return { service: serviceView(ecs, svc, { tags: true }) };
  },

  UpdateService(input, ctx) {
    const ecs = ecsOf(ctx);
    if (typeof input.service !== 'string' || !input.service) throw invalid('service must be specified.');
    const clusterName = requireCluster(ecs, input.cluster);
    const svc = ecs.findService(clusterName, input.service);
    if (!svc) throw serviceNotFound();
    if (svc.status !== 'ACTIVE') throw new AwsError('ServiceNotActiveException', 'Service was not ACTIVE.');

    const td =
      input.taskDefinition !== undefined
        ? requireTaskDefinition(ecs, input.taskDefinition)
        : ecs.findTaskDefinition(svc.taskDefinition)!;
    const desiredCount = desiredCountOf(input.desiredCount, svc.desiredCount);
    const networkConfiguration =
      input.networkConfiguration !== undefined
        ? networkConfigurationOf(ctx.world, input.networkConfiguration, td)
        : svc.networkConfiguration;
    const loadBalancers =
      input.loadBalancers !== undefined
        ? loadBalancersOf(ctx.world, input.loadBalancers, td)
        : svc.loadBalancers;
    if (input.loadBalancers === undefined && input.taskDefinition !== undefined)
      // A new revision must still have the containers and ports the load balancers point at.
      loadBalancersOf(ctx.world, svc.loadBalancers, td);
    const deploymentConfiguration = deploymentConfigurationOf(
      input.deploymentConfiguration,
      svc.deploymentConfiguration,
    );
    const grace = input.healthCheckGracePeriodSeconds;
    if (grace !== undefined && (!Number.isInteger(grace) || grace < 0))
      throw invalid('healthCheckGracePeriodSeconds must be a non-negative integer.');
    if (input.launchType !== undefined && input.launchType !== 'FARGATE')
      throw invalid('Updating the launch type of a service is not supported.');

    const newDeployment =
      !!input.forceNewDeployment ||
      td.arn !== svc.taskDefinition ||
      JSON.stringify(networkConfiguration) !== JSON.stringify(svc.networkConfiguration) ||
      JSON.stringify(loadBalancers) !== JSON.stringify(svc.loadBalancers) ||
      (input.platformVersion !== undefined && input.platformVersion !== svc.platformVersion);

    svc.taskDefinition = td.arn;
    svc.networkConfiguration = networkConfiguration;
    svc.loadBalancers = loadBalancers;
    svc.deploymentConfiguration = deploymentConfiguration;
    if (grace !== undefined) svc.healthCheckGracePeriodSeconds = grace;
    if (input.platformVersion !== undefined) svc.platformVersion = input.platformVersion;
    if (input.enableExecuteCommand !== undefined) svc.enableExecuteCommand = !!input.enableExecuteCommand;
    if (input.enableECSManagedTags !== undefined) svc.enableECSManagedTags = !!input.enableECSManagedTags;
    if (input.propagateTags !== undefined) svc.propagateTags = input.propagateTags;
    svc.desiredCount = desiredCount;
    if (newDeployment) ecs.startDeployment(svc);
    else ecs.changeDesiredCount(svc, desiredCount);
    return { service: serviceView(ecs, svc, { tags: false }) };
  },

  DescribeServices(input, ctx) {
    const ecs = ecsOf(ctx);
    const refs: string[] = input.services ?? [];
    if (!refs.length) throw invalid('services must list at least one service.');
    if (refs.length > 10) throw invalid('services can have at most 10 items.');
    const clusterName = requireCluster(ecs, input.cluster);
    const tags = (input.include ?? []).includes('TAGS');
    const services: unknown[] = [];
    const failures: unknown[] = [];
    for (const ref of refs) {
      const svc = ecs.findService(clusterName, ref);
      if (svc) services.push(serviceView(ecs, svc, { tags }));
      else
        failures.push({
          arn: ref.startsWith('arn:') ? ref : ecs.serviceArn(clusterName, ref),
          reason: 'MISSING',
        });
    }
    return { services, failures };
  },

  ListServices(input, ctx) {
    const ecs = ecsOf(ctx);
    const clusterName = requireCluster(ecs, input.cluster);
    const arns = [...ecs.services.values()]
      .filter((s) => s.clusterName === clusterName && s.status !== 'INACTIVE')
      .filter(() => !input.launchType || input.launchType === 'FARGATE')
      .map((s) => s.arn);
    const p = page(arns, input, 10);
    return { serviceArns: p.items, nextToken: p.nextToken };
  },

  DeleteService(input, ctx) {
    const ecs = ecsOf(ctx);
    const clusterName = requireCluster(ecs, input.cluster);
    const svc = ecs.findService(clusterName, input.service ?? '');
    if (!svc) throw serviceNotFound();
    if (svc.status === 'INACTIVE') throw new AwsError('ServiceNotActiveException', 'Service was not ACTIVE.');
    if (svc.status === 'ACTIVE') {
      if (svc.desiredCount > 0 && !input.force)
        throw invalid('The service cannot be stopped while it is scaled above 0.');
      svc.status = 'DRAINING';
      svc.desiredCount = 0;
      svc.deletedAt = ctx.world.clock.nowMs();
      ecs.queueReconcile(svc, 0);
    }
    return { service: serviceView(ecs, svc, { tags: false }) };
  },

  ListServiceDeployments(input, ctx) {
    const ecs = ecsOf(ctx);
    if (typeof input.service !== 'string' || !input.service) throw invalid('service must be specified.');
    const clusterName = requireCluster(ecs, input.cluster);
    const svc = ecs.findService(clusterName, input.service);
    if (!svc) throw serviceNotFound();
    const statuses: string[] | undefined = input.status;
    const after = input.createdAt?.after ? new Date(input.createdAt.after).getTime() : undefined;
    const before = input.createdAt?.before ? new Date(input.createdAt.before).getTime() : undefined;
    const list = svc.serviceDeployments
      .filter((sd) => !statuses?.length || statuses.includes(sd.status))
      .filter(
        (sd) =>
          (after === undefined || sd.createdAt >= after) && (before === undefined || sd.createdAt <= before),
      );
    const p = page(list, { nextToken: input.nextToken, maxResults: input.maxResults }, 20);
    return {
      serviceDeployments: p.items.map((sd) => serviceDeploymentBriefView(ecs, svc, sd)),
      nextToken: p.nextToken,
    };
  },

  DescribeServiceDeployments(input, ctx) {
    const ecs = ecsOf(ctx);
    const arns: string[] = input.serviceDeploymentArns ?? [];
    if (!arns.length || arns.length > 20)
      throw invalid('serviceDeploymentArns must list between 1 and 20 ARNs.');
    const serviceDeployments: unknown[] = [];
    const failures: unknown[] = [];
    for (const arn of arns) {
      const m = /:service-deployment\/([^/]+)\/([^/]+)\/[^/]+$/.exec(arn);
      const svc = m ? ecs.findService(m[1], m[2]) : undefined;
      const sd = svc?.serviceDeployments.find((x) => x.arn === arn);
      if (svc && sd) serviceDeployments.push(serviceDeploymentView(ecs, svc, sd));
      else failures.push({ arn, reason: 'MISSING', detail: 'The service deployment does not exist.' });
    }
    return { serviceDeployments, failures };
  },

  DescribeServiceRevisions(input, ctx) {
    const ecs = ecsOf(ctx);
    const arns: string[] = input.serviceRevisionArns ?? [];
    if (!arns.length || arns.length > 20)
      throw invalid('serviceRevisionArns must list between 1 and 20 ARNs.');
    const serviceRevisions: unknown[] = [];
    const failures: unknown[] = [];
    for (const arn of arns) {
      const m = /:service-revision\/([^/]+)\/([^/]+)\/[^/]+$/.exec(arn);
      const svc = m ? ecs.findService(m[1], m[2]) : undefined;
      const rev = svc?.revisions.find((r) => r.arn === arn);
      if (!svc || !rev) {
        failures.push({ arn, reason: 'MISSING' });
        continue;
      }
      const td = ecs.findTaskDefinition(rev.taskDefinition);
      serviceRevisions.push({
        serviceRevisionArn: rev.arn,
        serviceArn: svc.arn,
        clusterArn: ecs.clusterArn(svc.clusterName),
        taskDefinition: rev.taskDefinition,
        launchType: 'FARGATE',
        platformVersion: '1.4.0',
        platformFamily: 'Linux',
        loadBalancers: rev.loadBalancers,
        networkConfiguration: { awsvpcConfiguration: rev.networkConfiguration },
        containerImages: ((td?.body.containerDefinitions as any[]) ?? []).map((c) => ({
          containerName: c.name,
          image: c.image,
        })),
        createdAt: new Date(rev.createdAt),
      });
    }
    return { serviceRevisions, failures };
  },

  // Tasks
  ListTasks(input, ctx) {
    const ecs = ecsOf(ctx);
    const clusterName = requireCluster(ecs, input.cluster);
    ecs.pruneStoppedTasks();
    if (input.desiredStatus !== undefined && !['RUNNING', 'PENDING', 'STOPPED'].includes(input.desiredStatus))
      throw invalid(`Invalid desiredStatus: ${input.desiredStatus}.`);
    if (input.serviceName && input.family)
      throw invalid('Only one of serviceName and family can be specified.');
    let tasks = [...ecs.tasks.values()].filter((t) => t.clusterName === clusterName);
    if (input.serviceName) {
      const svc = ecs.findService(clusterName, input.serviceName);
      if (!svc) throw serviceNotFound();
      tasks = tasks.filter((t) => t.group === `service:${svc.name}`);
    }
    if (input.family) tasks = tasks.filter((t) => t.family === input.family);
    if (input.startedBy) tasks = tasks.filter((t) => t.startedBy === input.startedBy);
    // ECS lists RUNNING (desired) tasks unless asked otherwise; PENDING is a historical alias.
    const desired = input.desiredStatus === 'STOPPED' ? 'STOPPED' : 'RUNNING';
    tasks = tasks.filter((t) => t.desiredStatus === desired);
    if (input.launchType && input.launchType !== 'FARGATE') tasks = [];
    const p = page(
      tasks.map((t) => t.arn),
      input,
      100,
    );
    return { taskArns: p.items, nextToken: p.nextToken };
  },

  DescribeTasks(input, ctx) {
    const ecs = ecsOf(ctx);
    const refs: string[] = input.tasks ?? [];
    if (!refs.length) throw invalid('Tasks cannot be empty.');
    if (refs.length > 100) throw invalid('tasks can have at most 100 items.');
    const clusterName = requireCluster(ecs, input.cluster);
    const tags = (input.include ?? []).includes('TAGS');
    const tasks: unknown[] = [];
    const failures: unknown[] = [];
    for (const ref of refs) {
      const t = ecs.findTask(clusterName, ref);
      if (t) tasks.push(taskView(ecs, t, { tags }));
      else
        failures.push({
          arn: ref.startsWith('arn:') ? ref : ecs.taskArn(clusterName, ref),
          reason: 'MISSING',
        });
    }
    return { tasks, failures };
  },

  StopTask(input, ctx) {
    const ecs = ecsOf(ctx);
    const clusterName = requireCluster(ecs, input.cluster);
    const t: TaskRecord | undefined =
      typeof input.task === 'string' ? ecs.findTask(clusterName, input.task) : undefined;
    if (!t) throw invalid('The referenced task was not found.');
    ecs.stopTask(t, {
      reason: input.reason ?? 'Task stopped by user',
      stopCode: 'UserInitiated',
      failed: false,
    });
    return { task: taskView(ecs, t, { tags: false }) };
  },

  RunTask(input, ctx) {
    const ecs = ecsOf(ctx);
    const clusterName = requireCluster(ecs, input.cluster, true);
    if (input.launchType !== undefined && input.launchType !== 'FARGATE')
      throw invalid(
        `The emulator runs tasks on Fargate only; launchType ${input.launchType} is not supported.`,
      );
    const td = requireTaskDefinition(ecs, input.taskDefinition);
    const count = input.count ?? 1;
    if (!Number.isInteger(count) || count < 1 || count > 10) throw invalid('count must be between 1 and 10.');
    const network = networkConfigurationOf(ctx.world, input.networkConfiguration, td);
    const tags = validTags(input.tags);
    const tasks: unknown[] = [];
    for (let i = 0; i < count; i++) {
      const t = ecs.createTask({
        clusterName,
        taskDefinitionArn: td.arn,
        subnets: network.subnets,
        startedBy: input.startedBy,
        group: input.group ?? `family:${td.family}`,
        loadBalancers: [],
        healthCheckGracePeriodSeconds: 0,
        tags: [...(input.propagateTags === 'TASK_DEFINITION' ? td.tags : []), ...tags],
      });
      if (t) tasks.push(taskView(ecs, t, { tags: true }));
    }
    return { tasks, failures: [] };
  },

  // Tags
  TagResource(input, ctx) {
    const res = taggable(ecsOf(ctx), input.resourceArn);
    res.set(mergeTags(res.tags, validTags(input.tags)));
    return {};
  },

  UntagResource(input, ctx) {
    const res = taggable(ecsOf(ctx), input.resourceArn);
    const keys: string[] = input.tagKeys ?? [];
    res.set(res.tags.filter((t) => !keys.includes(t.key)));
    return {};
  },

  ListTagsForResource(input, ctx) {
    const res = taggable(ecsOf(ctx), input.resourceArn);
    return { tags: structuredClone(res.tags) };
  },
};

export const definition: ServiceDefinition = {
  signingName: 'ecs',
  protocol: 'json',
  targetPrefix: 'AmazonEC2ContainerServiceV20141113',
  operations,
};

export { EcsState };
