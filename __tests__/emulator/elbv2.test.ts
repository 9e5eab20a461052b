import { definition } from '../../emulator/src/services/elbv2';
import { Elbv2State, dnsNameFor } from '../../emulator/src/services/elbv2/state';
import type { World } from '../../emulator/src/core/world';
import { caller, errorCode, errorOf, makeWorld } from './elbv2/helpers';

let world: World;
let call: ReturnType<typeof caller>;

beforeEach(() => {
  ({ world } = makeWorld(1000));
  call = caller(definition, world, 'elasticloadbalancing');
});
afterEach(() => world.elbv2.stop());

const lbInput = (name = 'web') => ({
  Name: name,
  Subnets: ['subnet-aaaa1111', 'subnet-bbbb2222'],
  SecurityGroups: ['sg-1111'],
  Tags: [{ Key: 'app', Value: 'web' }],
});
const tgInput = (name = 'web-tg', extra: Record<string, unknown> = {}) => ({
  Name: name,
  Protocol: 'HTTP',
  Port: '8080',
  VpcId: 'vpc-1111',
  TargetType: 'ip',
  ...extra,
});

async function stack() {
  const lb = (await call('CreateLoadBalancer', lbInput())).LoadBalancers[0];
  const tg = (await call('CreateTargetGroup', tgInput())).TargetGroups[0];
  const listener = (
    await call('CreateListener', {
      LoadBalancerArn: lb.LoadBalancerArn,
      Protocol: 'HTTP',
      Port: '80',
      DefaultActions: [
        { Type: 'fixed-response', FixedResponseConfig: { StatusCode: '404', ContentType: 'text/plain' } },
      ],
    })
  ).Listeners[0];
  return { lb, tg, listener };
}

describe('load balancers', () => {
  it('creates an application load balancer with AWS-shaped fields, provisioning first', async () => {
    const out = await call('CreateLoadBalancer', lbInput());
    const lb = out.LoadBalancers[0];
    expect(lb.LoadBalancerArn).toMatch(
      /^arn:aws:elasticloadbalancing:us-east-1:000000000000:loadbalancer\/app\/web\/[0-9a-f]{16}$/,
    );
    expect(lb.DNSName).toMatch(/^web-\d+\.us-east-1\.elb\.localhost$/);
    expect(lb.CanonicalHostedZoneId).toBe('Z35SXDOTRQ7X7K');
    expect(lb).toMatchObject({
      Scheme: 'internet-facing',
      Type: 'application',
      VpcId: 'vpc-1111',
      State: { Code: 'provisioning' },
      IpAddressType: 'ipv4',
    });
    expect(lb.AvailabilityZones.map((z: any) => z.ZoneName).sort()).toEqual(['us-east-1a', 'us-east-1b']);
    expect(lb.SecurityGroups).toEqual(['sg-1111']);
    expect(lb.CreatedTime).toBeInstanceOf(Date);
  });

  it('becomes active after the emulated provisioning delay', async () => {
    const lb = (await call('CreateLoadBalancer', lbInput())).LoadBalancers[0];
    const code = async () =>
      (await call('DescribeLoadBalancers', { LoadBalancerArns: [lb.LoadBalancerArn] })).LoadBalancers[0].State
        .Code;
    expect(await code()).toBe('provisioning');
    await world.clock.runUntil(code, (c) => c === 'active');
  });

  it('is idempotent for the same name and settings, DuplicateLoadBalancerName otherwise', async () => {
    const a = (await call('CreateLoadBalancer', lbInput())).LoadBalancers[0];
    const b = (await call('CreateLoadBalancer', lbInput())).LoadBalancers[0];
    expect(b.LoadBalancerArn).toBe(a.LoadBalancerArn);
    const e = await errorOf(call('CreateLoadBalancer', { ...lbInput(), Scheme: 'internal' }));
    expect(e.code).toBe('DuplicateLoadBalancerName');
    expect(e.message).toBe("A load balancer with the same name 'web' exists, but with different settings");
  });

  it('validates names, subnets and security groups', async () => {
    expect(await errorCode(call('CreateLoadBalancer', { ...lbInput('a'.repeat(33)) }))).toBe(
      'ValidationError',
    );
    expect(await errorCode(call('CreateLoadBalancer', { ...lbInput('-web') }))).toBe('ValidationError');
    expect(await errorCode(call('CreateLoadBalancer', { ...lbInput('internal-web') }))).toBe(
      'ValidationError',
    );
    expect(await errorCode(call('CreateLoadBalancer', { ...lbInput('we_b') }))).toBe('ValidationError');
    const oneAz = await errorOf(call('CreateLoadBalancer', { ...lbInput(), Subnets: ['subnet-aaaa1111'] }));
    expect(oneAz.code).toBe('ValidationError');
    expect(oneAz.message).toBe('At least two subnets in two different Availability Zones must be specified');
    expect(
      await errorCode(
        call('CreateLoadBalancer', { ...lbInput(), Subnets: ['subnet-aaaa1111', 'subnet-cccc3333'] }),
      ),
    ).toBe('InvalidConfigurationRequest');
    expect(
      await errorCode(
        call('CreateLoadBalancer', { ...lbInput(), Subnets: ['subnet-aaaa1111', 'subnet-nope'] }),
      ),
    ).toBe('SubnetNotFound');
    expect(
      await errorCode(
        call('CreateLoadBalancer', { ...lbInput(), Subnets: ['subnet-aaaa1111', 'subnet-dddd4444'] }),
      ),
    ).toBe('InvalidSubnet');
    expect(await errorCode(call('CreateLoadBalancer', { ...lbInput(), SecurityGroups: ['sg-nope'] }))).toBe(
      'InvalidSecurityGroup',
    );
    expect(await errorCode(call('CreateLoadBalancer', { ...lbInput(), SecurityGroups: ['sg-2222'] }))).toBe(
      'InvalidSecurityGroup',
    );
    expect(await errorCode(call('CreateLoadBalancer', { ...lbInput(), Scheme: 'public' }))).toBe(
      'InvalidScheme',
    );
  });

  it('describes by name and ARN, paginates, and reports missing ones', async () => {
    for (const n of ['a1', 'a2', 'a3']) await call('CreateLoadBalancer', lbInput(n));
    const first = await call('DescribeLoadBalancers', { PageSize: '2' });
    expect(first.LoadBalancers.map((l: any) => l.LoadBalancerName)).toEqual(['a1', 'a2']);
    const second = await call('DescribeLoadBalancers', { PageSize: '2', Marker: first.NextMarker });
    expect(second.LoadBalancers.map((l: any) => l.LoadBalancerName)).toEqual(['a3']);
    expect(second.NextMarker).toBeUndefined();
    expect((await call('DescribeLoadBalancers', { Names: ['a2'] })).LoadBalancers).toHaveLength(1);
    const e = await errorOf(call('DescribeLoadBalancers', { Names: ['nope'] }));
    expect(e.code).toBe('LoadBalancerNotFound');
    expect(e.message).toBe("Load balancers '[nope]' not found");
    expect(await errorCode(call('DescribeLoadBalancers', { PageSize: '401' }))).toBe('ValidationError');
  });

  it('modifies attributes with validation and honours deletion protection', async () => {
    const lb = (await call('CreateLoadBalancer', lbInput())).LoadBalancers[0];
    const attrs = (await call('DescribeLoadBalancerAttributes', { LoadBalancerArn: lb.LoadBalancerArn }))
      .Attributes;
    expect(attrs).toContainEqual({ Key: 'idle_timeout.timeout_seconds', Value: '60' });
    await call('ModifyLoadBalancerAttributes', {
      LoadBalancerArn: lb.LoadBalancerArn,
      Attributes: [{ Key: 'deletion_protection.enabled', Value: 'true' }],
    });
    expect(await errorCode(call('DeleteLoadBalancer', { LoadBalancerArn: lb.LoadBalancerArn }))).toBe(
      'OperationNotPermitted',
    );
    expect(
      await errorCode(
        call('ModifyLoadBalancerAttributes', {
          LoadBalancerArn: lb.LoadBalancerArn,
          Attributes: [{ Key: 'nope', Value: '1' }],
        }),
      ),
    ).toBe('ValidationError');
    expect(
      await errorCode(
        call('ModifyLoadBalancerAttributes', {
          LoadBalancerArn: lb.LoadBalancerArn,
          Attributes: [{ Key: 'idle_timeout.timeout_seconds', Value: '0' }],
        }),
      ),
    ).toBe('ValidationError');
    await call('ModifyLoadBalancerAttributes', {
      LoadBalancerArn: lb.LoadBalancerArn,
      Attributes: [{ Key: 'deletion_protection.enabled', Value: 'false' }],
    });
    await call('DeleteLoadBalancer', { LoadBalancerArn: lb.LoadBalancerArn });
    expect(await errorCode(call('DescribeLoadBalancers', { LoadBalancerArns: [lb.LoadBalancerArn] }))).toBe(
      'LoadBalancerNotFound',
    );
  });

  it('sets security groups and subnets', async () => {
    const lb = (await call('CreateLoadBalancer', lbInput())).LoadBalancers[0];
    expect(
      (await call('SetSecurityGroups', { LoadBalancerArn: lb.LoadBalancerArn, SecurityGroups: ['sg-1111'] }))
        .SecurityGroupIds,
    ).toEqual(['sg-1111']);
    const out = await call('SetSubnets', {
      LoadBalancerArn: lb.LoadBalancerArn,
      Subnets: ['subnet-cccc3333', 'subnet-bbbb2222'],
    });
    expect(out.AvailabilityZones.map((z: any) => z.SubnetId)).toEqual(['subnet-cccc3333', 'subnet-bbbb2222']);
  });
});

describe('target groups', () => {
  it('applies AWS defaults for health checks and attributes', async () => {
    const tg = (await call('CreateTargetGroup', tgInput())).TargetGroups[0];
    expect(tg).toMatchObject({
      TargetGroupName: 'web-tg',
      Protocol: 'HTTP',
      Port: 8080,
      VpcId: 'vpc-1111',
      TargetType: 'ip',
      HealthCheckProtocol: 'HTTP',
      HealthCheckPort: 'traffic-port',
      HealthCheckEnabled: true,
      HealthCheckIntervalSeconds: 30,
      HealthCheckTimeoutSeconds: 5,
      HealthyThresholdCount: 5,
      UnhealthyThresholdCount: 2,
      HealthCheckPath: '/',
      Matcher: { HttpCode: '200' },
      LoadBalancerArns: [],
      ProtocolVersion: 'HTTP1',
    });
    expect(tg.TargetGroupArn).toMatch(/:targetgroup\/web-tg\/[0-9a-f]{16}$/);
    const attrs = (await call('DescribeTargetGroupAttributes', { TargetGroupArn: tg.TargetGroupArn }))
      .Attributes;
    expect(attrs).toContainEqual({ Key: 'deregistration_delay.timeout_seconds', Value: '300' });
    expect(attrs).toContainEqual({ Key: 'stickiness.enabled', Value: 'false' });
    expect(attrs).toContainEqual({ Key: 'load_balancing.algorithm.type', Value: 'round_robin' });
  });

  it('is idempotent for identical settings and DuplicateTargetGroupName otherwise', async () => {
    const a = (await call('CreateTargetGroup', tgInput('tg', { HealthCheckPath: '/health' })))
      .TargetGroups[0];
    const b = (await call('CreateTargetGroup', tgInput('tg', { HealthCheckPath: '/health' })))
      .TargetGroups[0];
    expect(b.TargetGroupArn).toBe(a.TargetGroupArn);
    const e = await errorOf(call('CreateTargetGroup', tgInput('tg', { HealthCheckPath: '/other' })));
    expect(e.code).toBe('DuplicateTargetGroupName');
    expect(e.message).toBe("A target group with the same name 'tg' exists, but with different settings");
  });

  it('validates names, ports and health check ranges', async () => {
    const bad: Record<string, unknown>[] = [
      tgInput('x'.repeat(33)),
      tgInput('tg-'),
      tgInput('tg', { Port: '0' }),
      tgInput('tg', { Port: undefined }),
      tgInput('tg', { HealthCheckIntervalSeconds: '4' }),
      tgInput('tg', { HealthCheckIntervalSeconds: '301' }),
      tgInput('tg', { HealthCheckTimeoutSeconds: '1' }),
      tgInput('tg', { HealthCheckIntervalSeconds: '5', HealthCheckTimeoutSeconds: '5' }),
      tgInput('tg', { HealthyThresholdCount: '1' }),
      tgInput('tg', { UnhealthyThresholdCount: '11' }),
      tgInput('tg', { Matcher: { HttpCode: '600' } }),
      tgInput('tg', { Matcher: { HttpCode: 'ok' } }),
      tgInput('tg', { HealthCheckPath: 'health' }),
      tgInput('tg', { HealthCheckPort: '70000' }),
      tgInput('tg', { HealthCheckEnabled: 'false' }),
      tgInput('tg', { TargetType: 'container' }),
    ];
    for (const input of bad)
      expect(await errorCode(call('CreateTargetGroup', input))).toBe('ValidationError');
    const timeout = await errorOf(
      call(
        'CreateTargetGroup',
        tgInput('tg', { HealthCheckIntervalSeconds: '5', HealthCheckTimeoutSeconds: '6' }),
      ),
    );
    expect(timeout.message).toBe("Health check timeout '6' must be smaller than the interval '5'");
    const ok = await call(
      'CreateTargetGroup',
      tgInput('tg', { Matcher: { HttpCode: '200-399' }, HealthCheckPort: '9000' }),
    );
    expect(ok.TargetGroups[0]).toMatchObject({ Matcher: { HttpCode: '200-399' }, HealthCheckPort: '9000' });
  });

  it('describes by name, ARN and load balancer, with pagination', async () => {
    const { lb, tg } = await stack();
    const other = (await call('CreateTargetGroup', tgInput('other'))).TargetGroups[0];
    await call('CreateRule', {
      ListenerArn: (await call('DescribeListeners', { LoadBalancerArn: lb.LoadBalancerArn })).Listeners[0]
        .ListenerArn,
      Priority: '1',
      Conditions: [{ Field: 'path-pattern', Values: ['/api/*'] }],
      Actions: [{ Type: 'forward', TargetGroupArn: tg.TargetGroupArn }],
    });
    const byLb = await call('DescribeTargetGroups', { LoadBalancerArn: lb.LoadBalancerArn });
    expect(byLb.TargetGroups.map((t: any) => t.TargetGroupName)).toEqual(['web-tg']);
    expect(byLb.TargetGroups[0].LoadBalancerArns).toEqual([lb.LoadBalancerArn]);
    expect((await call('DescribeTargetGroups', { Names: ['other'] })).TargetGroups[0].TargetGroupArn).toBe(
      other.TargetGroupArn,
    );
    const p1 = await call('DescribeTargetGroups', { PageSize: '1' });
    const p2 = await call('DescribeTargetGroups', { PageSize: '1', Marker: p1.NextMarker });
    expect([p1.TargetGroups[0].TargetGroupName, p2.TargetGroups[0].TargetGroupName]).toEqual([
      'web-tg',
      'other',
    ]);
    expect(await errorCode(call('DescribeTargetGroups', { Names: ['missing'] }))).toBe('TargetGroupNotFound');
    expect(await errorCode(call('DescribeTargetGroups', { TargetGroupArns: ['not-an-arn'] }))).toBe(
      'ValidationError',
    );
  });

  it('modifies health checks and attributes with validation', async () => {
    const tg = (await call('CreateTargetGroup', tgInput())).TargetGroups[0];
    const out = await call('ModifyTargetGroup', {
      TargetGroupArn: tg.TargetGroupArn,
      HealthCheckIntervalSeconds: '10',
      HealthyThresholdCount: '2',
      HealthCheckPath: '/up',
    });
    expect(out.TargetGroups[0]).toMatchObject({
      HealthCheckIntervalSeconds: 10,
      HealthyThresholdCount: 2,
      HealthCheckPath: '/up',
      HealthCheckTimeoutSeconds: 5,
    });
    expect(
      await errorCode(
        call('ModifyTargetGroup', { TargetGroupArn: tg.TargetGroupArn, HealthCheckIntervalSeconds: '4' }),
      ),
    ).toBe('ValidationError');
    // timeout 5 (unchanged) must stay below the interval
    expect(
      await errorCode(
        call('ModifyTargetGroup', { TargetGroupArn: tg.TargetGroupArn, HealthCheckIntervalSeconds: '5' }),
      ),
    ).toBe('ValidationError');
    await call('ModifyTargetGroupAttributes', {
      TargetGroupArn: tg.TargetGroupArn,
      Attributes: [
        { Key: 'deregistration_delay.timeout_seconds', Value: '5' },
        { Key: 'stickiness.enabled', Value: 'true' },
      ],
    });
    expect(world.elbv2.getTargetGroup(tg.TargetGroupArn)!.deregistrationDelaySeconds).toBe(5);
    for (const [Key, Value] of [
      ['deregistration_delay.timeout_seconds', '3601'],
      ['slow_start.duration_seconds', '10'],
      ['load_balancing.algorithm.type', 'random'],
      ['stickiness.enabled', 'yes'],
      ['unknown.key', '1'],
    ]) {
      expect(
        await errorCode(
          call('ModifyTargetGroupAttributes', {
            TargetGroupArn: tg.TargetGroupArn,
            Attributes: [{ Key, Value }],
          }),
        ),
      ).toBe('ValidationError');
    }
  });

  it('refuses to delete a target group a rule forwards to until the rule is deleted (ResourceInUse)', async () => {
    const { listener, tg } = await stack();
    const rule = (
      await call('CreateRule', {
        ListenerArn: listener.ListenerArn,
        Priority: '10',
        Conditions: [{ Field: 'host-header', Values: ['app.example.com'] }],
        Actions: [{ Type: 'forward', TargetGroupArn: tg.TargetGroupArn }],
      })
    ).Rules[0];
    const e = await errorOf(call('DeleteTargetGroup', { TargetGroupArn: tg.TargetGroupArn }));
    expect(e.code).toBe('ResourceInUse');
    expect(e.message).toBe(`Target group '${tg.TargetGroupArn}' is currently in use by a listener or a rule`);
    await call('DeleteRule', { RuleArn: rule.RuleArn });
    await call('DeleteTargetGroup', { TargetGroupArn: tg.TargetGroupArn });
    expect(await errorCode(call('DescribeTargetGroups', { TargetGroupArns: [tg.TargetGroupArn] }))).toBe(
      'TargetGroupNotFound',
    );
  });
});

describe('listeners', () => {
  it('creates HTTP listeners with forward actions in AWS shape and associates the target group', async () => {
    const { lb, tg } = await stack();
    const out = await call('CreateListener', {
      LoadBalancerArn: lb.LoadBalancerArn,
      Protocol: 'HTTP',
      Port: '8080',
      DefaultActions: [{ Type: 'forward', TargetGroupArn: tg.TargetGroupArn }],
    });
    const l = out.Listeners[0];
    expect(l.ListenerArn).toMatch(
      new RegExp(`:listener/app/web/${lb.LoadBalancerArn.split('/').pop()}/[0-9a-f]{16}$`),
    );
    expect(l.DefaultActions).toEqual([
      {
        Type: 'forward',
        TargetGroupArn: tg.TargetGroupArn,
        ForwardConfig: {
          TargetGroups: [{ TargetGroupArn: tg.TargetGroupArn, Weight: 1 }],
          TargetGroupStickinessConfig: { Enabled: false },
        },
      },
    ]);
    expect(world.elbv2.getTargetGroup(tg.TargetGroupArn)!.loadBalancerArns).toEqual([lb.LoadBalancerArn]);
    // identical again: idempotent; same port, other actions: DuplicateListener
    const again = await call('CreateListener', {
      LoadBalancerArn: lb.LoadBalancerArn,
      Protocol: 'HTTP',
      Port: '8080',
      DefaultActions: [{ Type: 'forward', TargetGroupArn: tg.TargetGroupArn }],
    });
    expect(again.Listeners[0].ListenerArn).toBe(l.ListenerArn);
    expect(
      await errorCode(
        call('CreateListener', {
          LoadBalancerArn: lb.LoadBalancerArn,
          Port: '8080',
          DefaultActions: [{ Type: 'fixed-response', FixedResponseConfig: { StatusCode: '200' } }],
        }),
      ),
    ).toBe('DuplicateListener');
  });

  it('validates protocol, port, HTTPS certificates and actions', async () => {
    const { lb, tg } = await stack();
    const fwd = [{ Type: 'forward', TargetGroupArn: tg.TargetGroupArn }];
    const base = { LoadBalancerArn: lb.LoadBalancerArn, DefaultActions: fwd };
    expect(await errorCode(call('CreateListener', { ...base, Protocol: 'HTTP', Port: '0' }))).toBe(
      'ValidationError',
    );
    expect(await errorCode(call('CreateListener', { ...base, Protocol: 'TCP', Port: '81' }))).toBe(
      'UnsupportedProtocol',
    );
    expect(await errorCode(call('CreateListener', { ...base, Protocol: 'HTTPS', Port: '443' }))).toBe(
      'ValidationError',
    );
    const https = await call('CreateListener', {
      ...base,
      Protocol: 'HTTPS',
      Port: '443',
      Certificates: [{ CertificateArn: 'arn:aws:acm:us-east-1:000000000000:certificate/abc' }],
    });
    expect(https.Listeners[0].SslPolicy).toBe('ELBSecurityPolicy-2016-08');
    expect(
      await errorCode(call('CreateListener', { ...base, Port: '82', DefaultActions: [{ Type: 'forward' }] })),
    ).toBe('ValidationError');
    expect(
      await errorCode(
        call('CreateListener', {
          ...base,
          Port: '82',
          DefaultActions: [
            {
              Type: 'forward',
              TargetGroupArn: tg.TargetGroupArn.replace(/[0-9a-f]{16}$/, '0000000000000000'),
            },
          ],
        }),
      ),
    ).toBe('TargetGroupNotFound');
    expect(
      await errorCode(
        call('CreateListener', {
          ...base,
          Port: '82',
          DefaultActions: [{ Type: 'redirect', RedirectConfig: { StatusCode: 'HTTP_301' } }],
        }),
      ),
    ).toBe('InvalidLoadBalancerAction');
    const redirect = await call('CreateListener', {
      ...base,
      Port: '82',
      DefaultActions: [
        { Type: 'redirect', RedirectConfig: { Protocol: 'HTTPS', Port: '443', StatusCode: 'HTTP_301' } },
      ],
    });
    expect(redirect.Listeners[0].DefaultActions[0].RedirectConfig).toEqual({
      Protocol: 'HTTPS',
      Port: '443',
      Host: '#{host}',
      Path: '/#{path}',
      Query: '#{query}',
      StatusCode: 'HTTP_301',
    });
    expect(
      await errorCode(
        call('CreateListener', {
          ...base,
          Port: '83',
          DefaultActions: [{ Type: 'fixed-response', FixedResponseConfig: { StatusCode: '302' } }],
        }),
      ),
    ).toBe('ValidationError');
    expect(
      await errorCode(
        call('CreateListener', {
          LoadBalancerArn: lb.LoadBalancerArn.replace(/[0-9a-f]{16}$/, '0000000000000000'),
          Port: '80',
          DefaultActions: fwd,
        }),
      ),
    ).toBe('LoadBalancerNotFound');
  });

  it('a target group belongs to one load balancer only', async () => {
    const { tg } = await stack();
    const lb2 = (await call('CreateLoadBalancer', lbInput('web2'))).LoadBalancers[0];
    const l1 = (
      await call('DescribeListeners', {
        LoadBalancerArn: (await call('DescribeLoadBalancers', { Names: ['web'] })).LoadBalancers[0]
          .LoadBalancerArn,
      })
    ).Listeners[0];
    await call('ModifyListener', {
      ListenerArn: l1.ListenerArn,
      DefaultActions: [{ Type: 'forward', TargetGroupArn: tg.TargetGroupArn }],
    });
    expect(
      await errorCode(
        call('CreateListener', {
          LoadBalancerArn: lb2.LoadBalancerArn,
          Port: '80',
          DefaultActions: [{ Type: 'forward', TargetGroupArn: tg.TargetGroupArn }],
        }),
      ),
    ).toBe('TargetGroupAssociationLimit');
  });

  it('describes, modifies and deletes listeners; deleting one releases its target groups', async () => {
    const { lb, listener, tg } = await stack();
    expect(await errorCode(call('DescribeListeners', {}))).toBe('ValidationError');
    expect(
      (await call('DescribeListeners', { ListenerArns: [listener.ListenerArn] })).Listeners[0].Port,
    ).toBe(80);
    const modified = await call('ModifyListener', {
      ListenerArn: listener.ListenerArn,
      Port: '8081',
      DefaultActions: [{ Type: 'forward', TargetGroupArn: tg.TargetGroupArn }],
    });
    expect(modified.Listeners[0].Port).toBe(8081);
    expect(world.elbv2.getTargetGroup(tg.TargetGroupArn)!.loadBalancerArns).toEqual([lb.LoadBalancerArn]);
    await call('DeleteListener', { ListenerArn: listener.ListenerArn });
    expect(world.elbv2.getTargetGroup(tg.TargetGroupArn)!.loadBalancerArns).toEqual([]);
    expect(await errorCode(call('DeleteListener', { ListenerArn: listener.ListenerArn }))).toBe(
      'ListenerNotFound',
    );
  });
});

describe('rules', () => {
  it('creates rules (not idempotent), answers PriorityInUse, and lists them in priority order with the default rule', async () => {
    const { listener, tg } = await stack();
    const rule = (p: string, host: string) => ({
      ListenerArn: listener.ListenerArn,
      Priority: p,
      Conditions: [{ Field: 'host-header', HostHeaderConfig: { Values: [host] } }],
      Actions: [{ Type: 'forward', TargetGroupArn: tg.TargetGroupArn }],
    });
    const r20 = (await call('CreateRule', rule('20', 'b.example.com'))).Rules[0];
    expect(r20).toMatchObject({
      Priority: '20',
      IsDefault: false,
      Conditions: [
        { Field: 'host-header', Values: ['b.example.com'], HostHeaderConfig: { Values: ['b.example.com'] } },
      ],
    });
    await call('CreateRule', rule('5', 'a.example.com'));
    const dup = await errorOf(call('CreateRule', rule('20', 'b.example.com')));
    expect(dup.code).toBe('PriorityInUse');
    expect(dup.message).toBe("Priority '20' is currently in use");
    const again = (await call('CreateRule', rule('21', 'b.example.com'))).Rules[0];
    expect(again.RuleArn).not.toBe(r20.RuleArn);
    const rules = (await call('DescribeRules', { ListenerArn: listener.ListenerArn })).Rules;
    expect(rules.map((r: any) => r.Priority)).toEqual(['5', '20', '21', 'default']);
    expect(rules[3]).toMatchObject({
      IsDefault: true,
      Conditions: [],
      Actions: [{ Type: 'fixed-response' }],
    });
    expect((await call('DescribeRules', { RuleArns: [r20.RuleArn] })).Rules[0].RuleArn).toBe(r20.RuleArn);
    const p = await call('DescribeRules', { ListenerArn: listener.ListenerArn, PageSize: '3' });
    expect(p.Rules).toHaveLength(3);
    expect(
      (await call('DescribeRules', { ListenerArn: listener.ListenerArn, Marker: p.NextMarker })).Rules[0]
        .Priority,
    ).toBe('default');
  });

  it('validates priority and conditions', async () => {
    const { listener, tg } = await stack();
    const base = {
      ListenerArn: listener.ListenerArn,
      Actions: [{ Type: 'forward', TargetGroupArn: tg.TargetGroupArn }],
    };
    const path = [{ Field: 'path-pattern', Values: ['/x'] }];
    expect(await errorCode(call('CreateRule', { ...base, Priority: '0', Conditions: path }))).toBe(
      'ValidationError',
    );
    expect(await errorCode(call('CreateRule', { ...base, Priority: '50001', Conditions: path }))).toBe(
      'ValidationError',
    );
    expect(await errorCode(call('CreateRule', { ...base, Conditions: path }))).toBe('ValidationError');
    expect(await errorCode(call('CreateRule', { ...base, Priority: '1', Conditions: [] }))).toBe(
      'ValidationError',
    );
    const six = await errorOf(
      call('CreateRule', {
        ...base,
        Priority: '1',
        Conditions: [
          { Field: 'host-header', Values: ['a.x.com', 'b.x.com', 'c.x.com'] },
          { Field: 'path-pattern', Values: ['/a', '/b', '/c'] },
        ],
      }),
    );
    expect(six.code).toBe('ValidationError');
    expect(six.message).toBe("A rule can only have '5' condition values");
    expect(
      await errorCode(
        call('CreateRule', {
          ...base,
          Priority: '1',
          Conditions: [{ Field: 'host-header', Values: [`${'a'.repeat(125)}.com`] }],
        }),
      ),
    ).toBe('ValidationError');
    expect(
      await errorCode(
        call('CreateRule', {
          ...base,
          Priority: '1',
          Conditions: [{ Field: 'host-header', Values: ['localhost'] }],
        }),
      ),
    ).toBe('ValidationError');
    expect(
      await errorCode(
        call('CreateRule', { ...base, Priority: '1', Conditions: [{ Field: 'cookie', Values: ['x'] }] }),
      ),
    ).toBe('ValidationError');
    await call('CreateRule', {
      ...base,
      Priority: '1',
      Conditions: [{ Field: 'host-header', Values: [`${'a'.repeat(124)}.com`] }],
    });
  });

  it('limits a load balancer to 100 rules (TooManyRules)', async () => {
    const { listener } = await stack();
    const action = [{ Type: 'fixed-response', FixedResponseConfig: { StatusCode: '200' } }];
    for (let i = 1; i <= 100; i++) {
      await call('CreateRule', {
        ListenerArn: listener.ListenerArn,
        Priority: String(i),
        Conditions: [{ Field: 'path-pattern', Values: [`/p${i}`] }],
        Actions: action,
      });
    }
    expect(
      await errorCode(
        call('CreateRule', {
          ListenerArn: listener.ListenerArn,
          Priority: '101',
          Conditions: [{ Field: 'path-pattern', Values: ['/x'] }],
          Actions: action,
        }),
      ),
    ).toBe('TooManyRules');
  });

  it('modifies rules, the default rule, and priorities; default rule cannot be deleted', async () => {
    const { listener, tg } = await stack();
    const mk = async (p: string) =>
      (
        await call('CreateRule', {
          ListenerArn: listener.ListenerArn,
          Priority: p,
          Conditions: [{ Field: 'path-pattern', Values: [`/${p}`] }],
          Actions: [{ Type: 'fixed-response', FixedResponseConfig: { StatusCode: '200' } }],
        })
      ).Rules[0];
    const r1 = await mk('1');
    const r2 = await mk('2');
    const modified = await call('ModifyRule', {
      RuleArn: r1.RuleArn,
      Actions: [{ Type: 'forward', TargetGroupArn: tg.TargetGroupArn }],
    });
    expect(modified.Rules[0].Actions[0].TargetGroupArn).toBe(tg.TargetGroupArn);
    expect(world.elbv2.getTargetGroup(tg.TargetGroupArn)!.loadBalancerArns).toHaveLength(1);
    expect(
      await errorCode(
        call('SetRulePriorities', { RulePriorities: [{ RuleArn: r1.RuleArn, Priority: '2' }] }),
      ),
    ).toBe('PriorityInUse');
    await call('SetRulePriorities', {
      RulePriorities: [
        { RuleArn: r1.RuleArn, Priority: '2' },
        { RuleArn: r2.RuleArn, Priority: '1' },
      ],
    });
    const rules = (await call('DescribeRules', { ListenerArn: listener.ListenerArn })).Rules;
    expect(rules.map((r: any) => r.RuleArn)).toEqual([r2.RuleArn, r1.RuleArn, rules[2].RuleArn]);
    const def = rules[2];
    expect(await errorCode(call('DeleteRule', { RuleArn: def.RuleArn }))).toBe('OperationNotPermitted');
    await call('ModifyRule', {
      RuleArn: def.RuleArn,
      Actions: [{ Type: 'forward', TargetGroupArn: tg.TargetGroupArn }],
    });
    expect(
      (await call('DescribeListeners', { ListenerArns: [listener.ListenerArn] })).Listeners[0]
        .DefaultActions[0].Type,
    ).toBe('forward');
    expect(
      await errorCode(
        call('DeleteRule', { RuleArn: r1.RuleArn.replace(/[0-9a-f]{16}$/, '0000000000000000') }),
      ),
    ).toBe('RuleNotFound');
  });
});

describe('targets', () => {
  it('registers, describes and deregisters ip targets with AWS reason codes', async () => {
    const { tg } = await stack();
    await call('RegisterTargets', {
      TargetGroupArn: tg.TargetGroupArn,
      Targets: [{ Id: '10.0.0.5', Port: '8080' }],
    });
    let health = (await call('DescribeTargetHealth', { TargetGroupArn: tg.TargetGroupArn }))
      .TargetHealthDescriptions;
    // No listener forwards to the group yet: the target is unused (Target.NotInUse).
    expect(health).toEqual([
      {
        Target: { Id: '10.0.0.5', Port: 8080 },
        HealthCheckPort: '8080',
        TargetHealth: {
          State: 'unused',
          Reason: 'Target.NotInUse',
          Description: 'Target group is not configured to receive traffic from the load balancer',
        },
      },
    ]);
    health = (
      await call('DescribeTargetHealth', {
        TargetGroupArn: tg.TargetGroupArn,
        Targets: [{ Id: '10.0.0.9', Port: '8080' }],
      })
    ).TargetHealthDescriptions;
    expect(health[0].TargetHealth).toMatchObject({ State: 'unused', Reason: 'Target.NotRegistered' });
    expect(
      await errorCode(
        call('RegisterTargets', {
          TargetGroupArn: tg.TargetGroupArn,
          Targets: [{ Id: 'i-0123456789abcdef0' }],
        }),
      ),
    ).toBe('InvalidTarget');
    expect(
      await errorCode(
        call('RegisterTargets', {
          TargetGroupArn: tg.TargetGroupArn,
          Targets: [{ Id: '10.0.0.6', Port: '70000' }],
        }),
      ),
    ).toBe('ValidationError');
    expect(
      await errorCode(
        call('DeregisterTargets', { TargetGroupArn: tg.TargetGroupArn, Targets: [{ Id: '10.0.0.7' }] }),
      ),
    ).toBe('InvalidTarget');
    await call('DeregisterTargets', {
      TargetGroupArn: tg.TargetGroupArn,
      Targets: [{ Id: '10.0.0.5', Port: '8080' }],
    });
    expect(
      (await call('DescribeTargetHealth', { TargetGroupArn: tg.TargetGroupArn })).TargetHealthDescriptions,
    ).toEqual([]);
  });
});

describe('tags', () => {
  it('adds, describes and removes tags on load balancers, target groups, listeners and rules', async () => {
    const { lb, tg, listener } = await stack();
    const rule = (
      await call('CreateRule', {
        ListenerArn: listener.ListenerArn,
        Priority: '1',
        Conditions: [{ Field: 'path-pattern', Values: ['/x'] }],
        Actions: [{ Type: 'forward', TargetGroupArn: tg.TargetGroupArn }],
        Tags: [{ Key: 'r', Value: '1' }],
      })
    ).Rules[0];
    const arns = [lb.LoadBalancerArn, tg.TargetGroupArn, listener.ListenerArn, rule.RuleArn];
    await call('AddTags', { ResourceArns: arns, Tags: [{ Key: 'env', Value: 'prod' }] });
    const described = (await call('DescribeTags', { ResourceArns: arns })).TagDescriptions;
    expect(described[0]).toEqual({
      ResourceArn: lb.LoadBalancerArn,
      Tags: [
        { Key: 'app', Value: 'web' },
        { Key: 'env', Value: 'prod' },
      ],
    });
    expect(described[3].Tags).toEqual([
      { Key: 'r', Value: '1' },
      { Key: 'env', Value: 'prod' },
    ]);
    await call('RemoveTags', { ResourceArns: [lb.LoadBalancerArn], TagKeys: ['app'] });
    expect(
      (await call('DescribeTags', { ResourceArns: [lb.LoadBalancerArn] })).TagDescriptions[0].Tags,
    ).toEqual([{ Key: 'env', Value: 'prod' }]);
    expect(
      await errorCode(
        call('AddTags', { ResourceArns: [lb.LoadBalancerArn], Tags: [{ Key: 'a' }, { Key: 'a' }] }),
      ),
    ).toBe('DuplicateTagKeys');
    const many = Array.from({ length: 50 }, (_, i) => ({ Key: `k${i}`, Value: 'v' }));
    expect(await errorCode(call('AddTags', { ResourceArns: [lb.LoadBalancerArn], Tags: many }))).toBe(
      'TooManyTags',
    );
    expect(
      await errorCode(
        call('DescribeTags', {
          ResourceArns: [tg.TargetGroupArn.replace(/[0-9a-f]{16}$/, '0000000000000000')],
        }),
      ),
    ).toBe('TargetGroupNotFound');
  });
});

describe('routing table and snapshot', () => {
  it('exposes listeners, ordered rules and target groups to the data plane', async () => {
    const { lb, listener, tg } = await stack();
    await call('CreateRule', {
      ListenerArn: listener.ListenerArn,
      Priority: '7',
      Conditions: [{ Field: 'path-pattern', Values: ['/api/*'] }],
      Actions: [{ Type: 'forward', TargetGroupArn: tg.TargetGroupArn }],
    });
    const table = world.elbv2.routingTable();
    expect(table.loadBalancers).toHaveLength(1);
    const rt = table.loadBalancers[0];
    expect(rt.dnsName).toBe(
      dnsNameFor(Elbv2State.of(world).loadBalancers.get(lb.LoadBalancerArn)!, 'us-east-1'),
    );
    expect(rt.listeners[0].port).toBe(80);
    expect(rt.listeners[0].rules.map((r) => r.priority)).toEqual([7, 'default']);
    expect(table.targetGroups[tg.TargetGroupArn]).toMatchObject({
      name: 'web-tg',
      healthyTargets: [],
      stickiness: false,
      algorithm: 'round_robin',
    });
  });

  it('restores a snapshot into a fresh world', async () => {
    const { tg, listener } = await stack();
    await call('CreateRule', {
      ListenerArn: listener.ListenerArn,
      Priority: '3',
      Conditions: [{ Field: 'path-pattern', Values: ['/x'] }],
      Actions: [{ Type: 'forward', TargetGroupArn: tg.TargetGroupArn }],
    });
    const data = JSON.parse(JSON.stringify(world.elbv2.snapshot()));
    const fresh = makeWorld(1000).world;
    fresh.elbv2.restore(data);
    const freshCall = caller(definition, fresh, 'elasticloadbalancing');
    expect(
      (await freshCall('DescribeRules', { ListenerArn: listener.ListenerArn })).Rules.map(
        (r: any) => r.Priority,
      ),
    ).toEqual(['3', 'default']);
    expect(fresh.elbv2.getTargetGroup(tg.TargetGroupArn)!.loadBalancerArns).toHaveLength(1);
    fresh.elbv2.stop();
  });
});
