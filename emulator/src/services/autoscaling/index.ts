import { randomUUID } from 'crypto';
import { tagEntries, validTagKey, validTagValue } from '../../core/tags';
import { decodePageToken, pageFrom } from '../../core/paging';
import { AwsError } from '../../core/errors';
import type { Operation, RequestContext, ServiceDefinition } from '../../core/service';
import {
  AutoScalingState,
  DEFAULT_COOLDOWN_SECONDS,
  type ScalableTargetRecord,
  type ScalingPolicyRecord,
  type TargetTrackingConfig,
  ecsServiceOf,
  targetKey,
} from './state';

/**
 * Application Auto Scaling (JSON 1.1, AnyScaleFrontendService) for ECS services' desired count.
 * Other service namespaces are refused with a ValidationException that says so.
 */

const ECS_DIMENSION = 'ecs:service:DesiredCount';
const ECS_METRICS = [
  'ECSServiceAverageCPUUtilization',
  'ECSServiceAverageMemoryUtilization',
  'ALBRequestCountPerTarget',
];
const KNOWN_NAMESPACES = [
  'ecs',
  'elasticmapreduce',
  'ec2',
  'appstream',
  'dynamodb',
  'rds',
  'sagemaker',
  'custom-resource',
  'comprehend',
  'lambda',
  'cassandra',
  'kafka',
  'elasticache',
  'neptune',
  'workspaces',
];
const MAX_RESULTS = 50;
const MAX_TAGS = 50;

const validation = (message: string) => new AwsError('ValidationException', message);
const notFound = (message: string) => new AwsError('ObjectNotFoundException', message);

function state(ctx: RequestContext): AutoScalingState {
  return AutoScalingState.of(ctx.world);
}

function requiredString(value: unknown, member: string): string {
  if (value === undefined || value === null || value === '') {
    throw validation(
      `1 validation error detected: Value null at '${member}' failed to satisfy constraint: Member must not be null`,
    );
  }
  return String(value);
}

function optionalNumber(value: unknown, member: string): number | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const n = Number(value);
  if (!Number.isFinite(n))
    throw validation(
      `Value '${String(value)}' at '${member}' failed to satisfy constraint: Member must be a number`,
    );
  return n;
}

function optionalInteger(value: unknown, member: string): number | undefined {
  const n = optionalNumber(value, member);
  if (n !== undefined && !Number.isInteger(n))
    throw validation(`Value '${n}' at '${member}' failed to satisfy constraint: Member must be an integer`);
  return n;
}

function optionalBoolean(value: unknown, member: string): boolean | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (value === true || value === 'true') return true;
  if (value === false || value === 'false') return false;
  throw validation(
    `Value '${String(value)}' at '${member}' failed to satisfy constraint: Member must be a boolean`,
  );
}

function namespaceOf(input: { ServiceNamespace?: unknown }): string {
  const ns = requiredString(input.ServiceNamespace, 'serviceNamespace');
  if (!KNOWN_NAMESPACES.includes(ns)) {
    throw validation(
      `1 validation error detected: Value '${ns}' at 'serviceNamespace' failed to satisfy constraint: Member must satisfy enum value set: [${KNOWN_NAMESPACES.join(', ')}]`,
    );
  }
  if (ns !== 'ecs')
    throw validation(`Service namespace '${ns}' is not supported by this emulator; only ecs is`);
  return ns;
}

/** ServiceNamespace, ResourceId and ScalableDimension, validated together as AWS does for ECS. */
function targetIdentity(input: {
  ServiceNamespace?: unknown;
  ResourceId?: unknown;
  ScalableDimension?: unknown;
}) {
  const ns = namespaceOf(input);
  const resourceId = requiredString(input.ResourceId, 'resourceId');
  const dimension = requiredString(input.ScalableDimension, 'scalableDimension');
  if (!ecsServiceOf(resourceId)) {
    throw validation(
      `Unsupported resource ID '${resourceId}' for service namespace ecs: expected 'service/<cluster-name>/<service-name>'`,
    );
  }
  if (dimension !== ECS_DIMENSION)
    throw validation(
      `Unsupported scalable dimension '${dimension}' for service namespace ecs: expected '${ECS_DIMENSION}'`,
    );
  return { ns, resourceId, dimension };
}

function getTarget(
  ctx: RequestContext,
  id: { ns: string; resourceId: string; dimension: string },
): ScalableTargetRecord {
  const target = state(ctx).targets.get(targetKey(id.ns, id.resourceId, id.dimension));
  if (!target) {
    throw notFound(
      `No scalable target registered for service namespace: ${id.ns}, resource ID: ${id.resourceId}, scalable dimension: ${id.dimension}`,
    );
  }
  return target;
}

function paginate<T>(
  items: T[],
  maxResultsIn: unknown,
  nextTokenIn: unknown,
): { items: T[]; nextToken?: string } {
  const max = optionalInteger(maxResultsIn, 'maxResults') ?? MAX_RESULTS;
  if (max < 1 || max > MAX_RESULTS) {
    throw validation(
      `1 validation error detected: Value '${max}' at 'maxResults' failed to satisfy constraint: Member must have value less than or equal to ${MAX_RESULTS}`,
    );
  }
  const start = decodePageToken(nextTokenIn);
  if (start === undefined) throw new AwsError('InvalidNextTokenException', 'Invalid token');
  return pageFrom(items, start, max);
}

function parseTags(input: unknown): Record<string, string> {
  const tags: Record<string, string> = {};
  for (const [k, v] of tagEntries(input, () => validation('Tags must be a map of tag keys to values'))) {
    if (!validTagKey(k)) throw validation(`Tag key '${k}' must be 1 to 128 characters long`);
    const value = String(v ?? '');
    if (!validTagValue(value))
      throw validation(`Tag value for key '${k}' cannot be longer than 256 characters`);
    tags[k] = value;
  }
  return tags;
}

function applyTags(s: AutoScalingState, arn: string, tags: Record<string, string>): void {
  const merged = { ...(s.tags.get(arn) ?? {}), ...tags };
  if (Object.keys(merged).length > MAX_TAGS)
    throw new AwsError('TooManyTagsException', `A resource can have at most ${MAX_TAGS} tags`, 400);
  s.tags.set(arn, merged);
}

const targetOut = (t: ScalableTargetRecord) => ({
  ServiceNamespace: t.serviceNamespace,
  ResourceId: t.resourceId,
  ScalableDimension: t.scalableDimension,
  MinCapacity: t.minCapacity,
  MaxCapacity: t.maxCapacity,
  RoleARN: t.roleArn,
  CreationTime: new Date(t.createdAt),
  SuspendedState: t.suspended,
  ScalableTargetARN: t.arn,
});

const policyOut = (p: ScalingPolicyRecord) => ({
  PolicyARN: p.arn,
  PolicyName: p.name,
  ServiceNamespace: p.serviceNamespace,
  ResourceId: p.resourceId,
  ScalableDimension: p.scalableDimension,
  PolicyType: p.policyType,
  TargetTrackingScalingPolicyConfiguration: p.targetTracking,
  StepScalingPolicyConfiguration: p.stepScaling,
  Alarms: p.alarms,
  CreationTime: new Date(p.createdAt),
});

function parseTargetTracking(ctx: RequestContext, input: unknown): TargetTrackingConfig {
  if (!input || typeof input !== 'object') {
    throw validation(
      'TargetTrackingScalingPolicyConfiguration is required for a policy of type TargetTrackingScaling',
    );
  }
  const c = input as Record<string, any>;
  const targetValue = optionalNumber(c.TargetValue, 'targetTrackingScalingPolicyConfiguration.targetValue');
  if (targetValue === undefined) {
    throw validation(
      "1 validation error detected: Value null at 'targetTrackingScalingPolicyConfiguration.targetValue' failed to satisfy constraint: Member must not be null",
    );
  }
  if (targetValue <= 0) throw validation(`The target value '${targetValue}' must be greater than 0`);
  const predefined = c.PredefinedMetricSpecification;
  const customized = c.CustomizedMetricSpecification;
  if (!!predefined === !!customized) {
    throw validation(
      'Exactly one of PredefinedMetricSpecification and CustomizedMetricSpecification must be specified',
    );
  }
  const out: TargetTrackingConfig = { TargetValue: targetValue };
  if (predefined) {
    const type = requiredString(
      predefined.PredefinedMetricType,
      'targetTrackingScalingPolicyConfiguration.predefinedMetricSpecification.predefinedMetricType',
    );
    if (!ECS_METRICS.includes(type))
      throw validation(
        `Predefined metric type '${type}' is not valid for service namespace ecs; use one of ${ECS_METRICS.join(', ')}`,
      );
    const label =
      predefined.ResourceLabel === undefined || predefined.ResourceLabel === ''
        ? undefined
        : String(predefined.ResourceLabel);
    if (type === 'ALBRequestCountPerTarget') {
      if (!label)
        throw validation('ResourceLabel is required for the predefined metric type ALBRequestCountPerTarget');
      if (!/^app\/[^/]+\/[^/]+\/targetgroup\/[^/]+\/[^/]+$/.test(label)) {
        throw validation(
          `Invalid ResourceLabel '${label}': expected 'app/<load-balancer-name>/<load-balancer-id>/targetgroup/<target-group-name>/<target-group-id>'`,
        );
      }
      if (!state(ctx).targetGroupArnOf(label)) {
        throw validation(
          `Invalid ResourceLabel '${label}': no target group of that load balancer matches it (is a listener or rule forwarding to it?)`,
        );
      }
    } else if (label) {
      throw validation(
        `ResourceLabel can only be specified for the predefined metric type ALBRequestCountPerTarget`,
      );
    }
    out.PredefinedMetricSpecification = {
      PredefinedMetricType: type,
      ...(label ? { ResourceLabel: label } : {}),
    };
  } else {
    // Stored and described, but not evaluated: the emulator has no CloudWatch metrics to read.
    out.CustomizedMetricSpecification = customized;
  }
  for (const key of ['ScaleOutCooldown', 'ScaleInCooldown'] as const) {
    const v = optionalInteger(c[key], `targetTrackingScalingPolicyConfiguration.${key}`);
    if (v !== undefined && (v < 0 || v > 86400)) throw validation(`${key} must be from 0 to 86400 seconds`);
    out[key] = v ?? DEFAULT_COOLDOWN_SECONDS;
  }
  out.DisableScaleIn =
    optionalBoolean(c.DisableScaleIn, 'targetTrackingScalingPolicyConfiguration.disableScaleIn') ?? false;
  return out;
}

const operations: Record<string, Operation> = {
  RegisterScalableTarget(input, ctx) {
    const s = state(ctx);
    const id = targetIdentity(input);
    const min = optionalInteger(input.MinCapacity, 'minCapacity');
    const max = optionalInteger(input.MaxCapacity, 'maxCapacity');
    if ((min !== undefined && min < 0) || (max !== undefined && max < 0))
      throw validation('Minimum and maximum capacity must be 0 or greater');
    const key = targetKey(id.ns, id.resourceId, id.dimension);
    const existing = s.targets.get(key);
    if (!existing && (min === undefined || max === undefined)) {
      throw validation('MinCapacity and MaxCapacity are required when registering a new scalable target');
    }
    const newMin = min ?? existing!.minCapacity;
    const newMax = max ?? existing!.maxCapacity;
    if (newMin > newMax) throw validation('Minimum capacity cannot be greater than maximum capacity');
    // Request validation comes before the look-up of the service, as on AWS.
    const svc = ecsServiceOf(id.resourceId)!;
    const service = ctx.world.ecs.getService(svc.cluster, svc.service);
    // AWS answers a ValidationException here, not ObjectNotFoundException: tools retry on it right after
    // CreateService (terraform-provider-aws matches ValidationException "ECS service doesn't exist").
    if (!service || service.status !== 'ACTIVE')
      throw validation(`ECS service doesn't exist: ${id.resourceId}`);
    const suspendedIn = input.SuspendedState ?? {};
    const suspended = {
      DynamicScalingInSuspended:
        optionalBoolean(suspendedIn.DynamicScalingInSuspended, 'suspendedState.dynamicScalingInSuspended') ??
        existing?.suspended.DynamicScalingInSuspended ??
        false,
      DynamicScalingOutSuspended:
        optionalBoolean(
          suspendedIn.DynamicScalingOutSuspended,
          'suspendedState.dynamicScalingOutSuspended',
        ) ??
        existing?.suspended.DynamicScalingOutSuspended ??
        false,
      ScheduledScalingSuspended:
        optionalBoolean(suspendedIn.ScheduledScalingSuspended, 'suspendedState.scheduledScalingSuspended') ??
        existing?.suspended.ScheduledScalingSuspended ??
        false,
    };
    const tags = parseTags(input.Tags);
    const target: ScalableTargetRecord = existing ?? {
      arn: `${s.arnPrefix('application-autoscaling')}:scalable-target/${randomUUID().replace(/-/g, '').slice(0, 28)}`,
      serviceNamespace: id.ns,
      resourceId: id.resourceId,
      scalableDimension: id.dimension,
      minCapacity: newMin,
      maxCapacity: newMax,
      roleArn:
        input.RoleARN ??
        `arn:aws:iam::${ctx.world.accountId}:role/aws-service-role/ecs.application-autoscaling.amazonaws.com/AWSServiceRoleForApplicationAutoScaling_ECSService`,
      createdAt: ctx.world.clock.now().toISOString(),
      suspended,
    };
    target.minCapacity = newMin;
    target.maxCapacity = newMax;
    target.suspended = suspended;
    s.targets.set(key, target);
    if (Object.keys(tags).length) applyTags(s, target.arn, tags);
    // AWS moves the current capacity into the new range straight away.
    if (service.desiredCount < newMin) s.scale(target, newMin, `minimum capacity was set to ${newMin}`);
    else if (service.desiredCount > newMax) s.scale(target, newMax, `maximum capacity was set to ${newMax}`);
    return { ScalableTargetARN: target.arn };
  },

  DescribeScalableTargets(input, ctx) {
    const ns = namespaceOf(input);
    const ids = Array.isArray(input.ResourceIds) ? input.ResourceIds.map(String) : [];
    const dimension = input.ScalableDimension ? String(input.ScalableDimension) : undefined;
    const targets = [...state(ctx).targets.values()].filter(
      (t) =>
        t.serviceNamespace === ns &&
        (ids.length === 0 || ids.includes(t.resourceId)) &&
        (!dimension || t.scalableDimension === dimension),
    );
    const { items, nextToken } = paginate(targets, input.MaxResults, input.NextToken);
    return { ScalableTargets: items.map(targetOut), NextToken: nextToken };
  },

  DeregisterScalableTarget(input, ctx) {
    const s = state(ctx);
    const id = targetIdentity(input);
    const target = s.targets.get(targetKey(id.ns, id.resourceId, id.dimension));
    if (!target) {
      throw notFound(
        `No scalable target found for service namespace: ${id.ns}, resource ID: ${id.resourceId}, scalable dimension: ${id.dimension}`,
      );
    }
    for (const p of s.policiesOf(target)) s.policies.delete(p.arn);
    s.targets.delete(targetKey(id.ns, id.resourceId, id.dimension));
    s.tags.delete(target.arn);
    return {};
  },

  PutScalingPolicy(input, ctx) {
    const s = state(ctx);
    const name = requiredString(input.PolicyName, 'policyName');
    if (name.length > 256) throw validation('Policy name cannot be longer than 256 characters');
    const id = targetIdentity(input);
    const policyType = input.PolicyType ? String(input.PolicyType) : 'StepScaling';
    if (policyType !== 'TargetTrackingScaling' && policyType !== 'StepScaling') {
      throw validation(
        `Policy type '${policyType}' is not supported for service namespace ecs by this emulator; use TargetTrackingScaling or StepScaling`,
      );
    }
    const target = getTarget(ctx, id);
    let targetTracking: TargetTrackingConfig | undefined;
    let stepScaling: Record<string, unknown> | undefined;
    if (policyType === 'TargetTrackingScaling') {
      if (input.StepScalingPolicyConfiguration)
        throw validation(
          'StepScalingPolicyConfiguration cannot be specified for a TargetTrackingScaling policy',
        );
      targetTracking = parseTargetTracking(ctx, input.TargetTrackingScalingPolicyConfiguration);
    } else {
      if (input.TargetTrackingScalingPolicyConfiguration)
        throw validation(
          'TargetTrackingScalingPolicyConfiguration cannot be specified for a StepScaling policy',
        );
      if (!input.StepScalingPolicyConfiguration)
        throw validation('StepScalingPolicyConfiguration is required for a policy of type StepScaling');
      // Stored only: step scaling needs CloudWatch alarms the emulator does not have.
      stepScaling = input.StepScalingPolicyConfiguration;
    }
    const existing = s.policiesOf(target).find((p) => p.name === name);
    const uuid = existing ? existing.arn.split(':scalingPolicy:')[1].split(':')[0] : randomUUID();
    const arn = `${s.arnPrefix('autoscaling')}:scalingPolicy:${uuid}:resource/${id.ns}/${id.resourceId}:policyName/${name}`;
    const alarm = (kind: 'High' | 'Low') => {
      const alarmName = `TargetTracking-${id.resourceId}-Alarm${kind}-${randomUUID()}`;
      return {
        AlarmName: alarmName,
        AlarmARN: `arn:aws:cloudwatch:${ctx.world.region}:${ctx.world.accountId}:alarm:${alarmName}`,
      };
    };
    const alarms = targetTracking
      ? targetTracking.DisableScaleIn
        ? [alarm('High')]
        : [alarm('High'), alarm('Low')]
      : [];
    const policy: ScalingPolicyRecord = {
      arn,
      name,
      serviceNamespace: id.ns,
      resourceId: id.resourceId,
      scalableDimension: id.dimension,
      policyType,
      targetTracking,
      stepScaling,
      alarms,
      createdAt: existing?.createdAt ?? ctx.world.clock.now().toISOString(),
    };
    s.policies.set(arn, policy);
    s.ensureEvaluator();
    return { PolicyARN: arn, Alarms: alarms };
  },

  DescribeScalingPolicies(input, ctx) {
    const ns = namespaceOf(input);
    const names = Array.isArray(input.PolicyNames) ? input.PolicyNames.map(String) : [];
    const resourceId = input.ResourceId ? String(input.ResourceId) : undefined;
    const dimension = input.ScalableDimension ? String(input.ScalableDimension) : undefined;
    const policies = [...state(ctx).policies.values()].filter(
      (p) =>
        p.serviceNamespace === ns &&
        (names.length === 0 || names.includes(p.name)) &&
        (!resourceId || p.resourceId === resourceId) &&
        (!dimension || p.scalableDimension === dimension),
    );
    const { items, nextToken } = paginate(policies, input.MaxResults, input.NextToken);
    return { ScalingPolicies: items.map(policyOut), NextToken: nextToken };
  },

  DeleteScalingPolicy(input, ctx) {
    const s = state(ctx);
    const name = requiredString(input.PolicyName, 'policyName');
    const id = targetIdentity(input);
    const policy = [...s.policies.values()].find(
      (p) =>
        p.name === name &&
        p.serviceNamespace === id.ns &&
        p.resourceId === id.resourceId &&
        p.scalableDimension === id.dimension,
    );
    if (!policy) {
      throw notFound(
        `No scaling policy found for service namespace: ${id.ns}, resource ID: ${id.resourceId}, scalable dimension: ${id.dimension}, policy name: ${name}`,
      );
    }
    s.policies.delete(policy.arn);
    return {};
  },

  DescribeScalingActivities(input, ctx) {
    const ns = namespaceOf(input);
    const resourceId = input.ResourceId ? String(input.ResourceId) : undefined;
    const dimension = input.ScalableDimension ? String(input.ScalableDimension) : undefined;
    const activities = state(ctx).activities.filter(
      (a) =>
        a.ServiceNamespace === ns &&
        (!resourceId || a.ResourceId === resourceId) &&
        (!dimension || a.ScalableDimension === dimension),
    );
    const { items, nextToken } = paginate(activities, input.MaxResults, input.NextToken);
    return {
      ScalingActivities: items.map((a) => ({
        ...a,
        StartTime: new Date(a.StartTime),
        EndTime: new Date(a.EndTime),
      })),
      NextToken: nextToken,
    };
  },

  TagResource(input, ctx) {
    const s = state(ctx);
    const arn = requiredString(input.ResourceARN, 'resourceARN');
    mustBeTarget(s, arn);
    const tags = parseTags(input.Tags);
    if (Object.keys(tags).length === 0) throw validation('At least one tag must be specified');
    applyTags(s, arn, tags);
    return {};
  },

  UntagResource(input, ctx) {
    const s = state(ctx);
    const arn = requiredString(input.ResourceARN, 'resourceARN');
    mustBeTarget(s, arn);
    const keys: string[] = Array.isArray(input.TagKeys) ? input.TagKeys.map(String) : [];
    const tags = { ...(s.tags.get(arn) ?? {}) };
    for (const k of keys) delete tags[k];
    s.tags.set(arn, tags);
    return {};
  },

  ListTagsForResource(input, ctx) {
    const s = state(ctx);
    const arn = requiredString(input.ResourceARN, 'resourceARN');
    mustBeTarget(s, arn);
    return { Tags: s.tags.get(arn) ?? {} };
  },
};

function mustBeTarget(s: AutoScalingState, arn: string): void {
  if (![...s.targets.values()].some((t) => t.arn === arn)) {
    throw new AwsError('ResourceNotFoundException', `No scalable target found for ARN: ${arn}`);
  }
}

export const definition: ServiceDefinition = {
  signingName: 'application-autoscaling',
  protocol: 'json',
  targetPrefix: 'AnyScaleFrontendService',
  operations,
};
