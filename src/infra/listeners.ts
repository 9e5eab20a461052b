import type { Action, Listener, LoadBalancer } from '@aws-sdk/client-elastic-load-balancing-v2';
import * as elbv2 from '../aws/elbv2';
import type { StackContext } from './context';
import { ListenerSpec, LoadBalancerSpec, MANAGED_BY_KEY, MANAGED_BY_VALUE } from './desired';
import { changeFor, FieldDrift, listenerDrift } from './diff';
import { alternateOf, describeForward, forwardWeights, planForward, ServiceTargetGroups } from './traffic';

/**
 * The listeners: the routing one (80, or 443 with a certificate) and with a certificate 80
 * redirecting to 443. A listener the action did not create keeps its default action. Returns the
 * routing listener (none in plan mode when it is still to be created).
 */
export async function ensureListeners(
  ctx: StackContext,
  spec: LoadBalancerSpec,
  lb: LoadBalancer | undefined,
  groups: ServiceTargetGroups,
): Promise<Listener | undefined> {
  const client = ctx.clients.elbv2;
  const actual = lb?.LoadBalancerArn ? await elbv2.describeListeners(client, lb.LoadBalancerArn) : [];
  const tags =
    actual.length > 0
      ? await elbv2.describeTags(
          client,
          actual.map((l) => l.ListenerArn as string),
        )
      : new Map<string, Record<string, string>>();
  let routeListener: Listener | undefined;
  for (const listenerSpec of spec.listeners) {
    const existing = actual.find((l) => l.Port === listenerSpec.port);
    const wanted = defaultActionFor(listenerSpec, spec, groups, existing);
    const listener = existing?.ListenerArn
      ? await updateListener(ctx, { spec, listenerSpec, wanted, groups }, existing, {
          managed: tags.get(existing.ListenerArn)?.[MANAGED_BY_KEY] === MANAGED_BY_VALUE,
        })
      : await createListener(ctx, spec, listenerSpec, wanted, lb);
    if (listenerSpec.role === 'route') routeListener = listener;
  }
  return routeListener;
}

function certificateSettings(listenerSpec: ListenerSpec) {
  return listenerSpec.certificateArn
    ? {
        Certificates: [{ CertificateArn: listenerSpec.certificateArn }],
        SslPolicy: listenerSpec.sslPolicy,
      }
    : {};
}

async function createListener(
  ctx: StackContext,
  spec: LoadBalancerSpec,
  listenerSpec: ListenerSpec,
  wanted: Action,
  lb: LoadBalancer | undefined,
): Promise<Listener | undefined> {
  let created: Listener | undefined;
  if (!ctx.plan)
    created = await elbv2.createListener(ctx.clients.elbv2, {
      LoadBalancerArn: lb?.LoadBalancerArn as string,
      Port: listenerSpec.port,
      Protocol: listenerSpec.protocol,
      ...certificateSettings(listenerSpec),
      DefaultActions: [wanted],
      Tags: elbv2.toTagList(ctx.desired.tags),
    });
  ctx.record({
    action: 'create',
    resource: 'listener',
    name: `${spec.name}:${listenerSpec.port}`,
    detail: `${listenerSpec.protocol}, default ${describeAction(wanted)}`,
  });
  return created;
}

interface ListenerWanted {
  spec: LoadBalancerSpec;
  listenerSpec: ListenerSpec;
  wanted: Action;
  groups: ServiceTargetGroups;
}

async function updateListener(
  ctx: StackContext,
  w: ListenerWanted,
  existing: Listener,
  { managed }: { managed: boolean },
): Promise<Listener> {
  const { listenerSpec } = w;
  const name = `${w.spec.name}:${listenerSpec.port}`;
  const drift = listenerDrift(listenerSpec, {
    port: existing.Port,
    protocol: existing.Protocol,
    certificateArn: existing.Certificates?.[0]?.CertificateArn,
    sslPolicy: existing.SslPolicy,
  });
  const defaultDrift = defaultActionDrift(ctx, w, existing, managed, name);
  if ((drift.length > 0 || defaultDrift) && !ctx.plan)
    await elbv2.modifyListener(ctx.clients.elbv2, {
      ListenerArn: existing.ListenerArn,
      ...(drift.length > 0
        ? { Protocol: listenerSpec.protocol, Port: listenerSpec.port, ...certificateSettings(listenerSpec) }
        : {}),
      ...(defaultDrift ? { DefaultActions: [w.wanted] } : {}),
    });
  ctx.record(changeFor('listener', name, [...drift, ...(defaultDrift ? [defaultDrift] : [])]));
  return existing;
}

function defaultActionFor(
  listenerSpec: ListenerSpec,
  spec: LoadBalancerSpec,
  groups: ServiceTargetGroups,
  existing: Listener | undefined,
): Action {
  if (listenerSpec.role === 'redirect')
    return {
      Type: 'redirect',
      RedirectConfig: {
        Protocol: 'HTTPS',
        Port: '443',
        Host: '#{host}',
        Path: '/#{path}',
        Query: '#{query}',
        StatusCode: 'HTTP_301',
      },
    };
  if (spec.routing.kind === 'default') {
    const wantBoth = spec.alternateTargetGroup !== undefined;
    const plan = planForward(existing?.DefaultActions, groups, wantBoth);
    if (plan.action) return plan.action;
    return (
      existing?.DefaultActions?.find((a) => a.Type === 'forward') ?? {
        Type: 'forward',
        TargetGroupArn: groups.main ?? '(new target group)',
      }
    );
  }
  // A load balancer whose services are all reached through rules answers anything else with a plain 404.
  return {
    Type: 'fixed-response',
    FixedResponseConfig: {
      StatusCode: '404',
      ContentType: 'text/plain',
      MessageBody: 'No service matches this host or path.',
    },
  };
}

/**
 * Whether the listener's default action must change. Taking over a default that forwards to
 * another service's target group is refused: that would cut the other service off.
 */
function defaultActionDrift(
  ctx: StackContext,
  { listenerSpec, spec, groups }: ListenerWanted,
  existing: Listener,
  managed: boolean,
  name: string,
): FieldDrift | undefined {
  const current = existing.DefaultActions?.[0];
  const forwardsTo = elbv2.forwardTargetGroupArns(existing.DefaultActions);
  if (listenerSpec.role === 'redirect') {
    if (current?.Type === 'redirect') return undefined;
    if (!managed || forwardsTo.some((arn) => arn !== groups.main)) {
      ctx.log.warning(
        `Listener ${name} was not made by this action (or serves another service), so it is left as it is (${describeAction(current)}) instead of redirecting to HTTPS.`,
      );
      return undefined;
    }
    return { field: 'default action', actual: describeAction(current), desired: 'redirect to HTTPS' };
  }
  if (spec.routing.kind !== 'default') return undefined;
  const plan = planForward(existing.DefaultActions, groups, spec.alternateTargetGroup !== undefined);
  if (!plan.action) return undefined;
  const conflict = defaultActionConflict(name, existing, managed, groups);
  if (conflict) throw new Error(conflict);
  return {
    field: 'default action',
    actual: describeAction(current),
    desired: describeForward([plan.action]),
  };
}

/**
 * Why the service cannot take over this listener's default action (default routing), or undefined:
 * a default that forwards to another target group serves another service, and a listener the action
 * did not create keeps its default. The preflight and the listener's update both ask this.
 */
export function defaultActionConflict(
  name: string,
  existing: Listener,
  managed: boolean,
  groups: ServiceTargetGroups,
): string | undefined {
  const forwardsTo = elbv2.forwardTargetGroupArns(existing.DefaultActions);
  const own = forwardWeights(existing.DefaultActions).filter(
    (w) => w.arn === groups.main || w.arn === alternateOf(groups, existing.DefaultActions),
  );
  if (groups.main && forwardsTo.length > 0 && own.length === forwardsTo.length) return undefined;
  if (forwardsTo.length > 0)
    return (
      `Listener ${name} already forwards by default to another target group (${forwardsTo.join(', ')}), another service's. ` +
      'Give host-header and/or path-pattern so this service gets its own listener rule on the shared load balancer.'
    );
  if (!managed)
    return (
      `Listener ${name} was not created by this action and its default action is ${describeAction(existing.DefaultActions?.[0])}. ` +
      'Give host-header and/or path-pattern to route this service by a listener rule instead.'
    );
  return undefined;
}

function describeAction(a: Action | undefined): string {
  if (!a) return 'none';
  if (a.Type === 'forward')
    return `forward to ${elbv2
      .forwardTargetGroupArns([a])
      .map((arn) => arn.split(':').pop())
      .join(', ')}`;
  if (a.Type === 'redirect')
    return `redirect to ${a.RedirectConfig?.Protocol ?? ''}:${a.RedirectConfig?.Port ?? ''}`;
  if (a.Type === 'fixed-response') return `fixed response ${a.FixedResponseConfig?.StatusCode ?? ''}`;
  return a.Type ?? 'unknown';
}
