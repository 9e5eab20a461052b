import {
  ElasticLoadBalancingV2Client,
  CreateLoadBalancerCommand,
  CreateListenerCommand,
  DeleteListenerCommand,
  CreateRuleCommand,
  RegisterTargetsCommand,
  DeregisterTargetsCommand,
  DescribeTargetHealthCommand,
  ModifyTargetGroupAttributesCommand,
  ModifyLoadBalancerAttributesCommand,
  type LoadBalancer,
  type TargetGroup,
} from '@aws-sdk/client-elastic-load-balancing-v2';
import {
  ApplicationAutoScalingClient,
  RegisterScalableTargetCommand,
  PutScalingPolicyCommand,
  DescribeScalingActivitiesCommand,
} from '@aws-sdk/client-application-auto-scaling';
import {
  ECSClient,
  CreateClusterCommand,
  RegisterTaskDefinitionCommand,
  CreateServiceCommand,
  DescribeServicesCommand,
} from '@aws-sdk/client-ecs';
import { EC2Client, DescribeSubnetsCommand, DescribeSecurityGroupsCommand } from '@aws-sdk/client-ec2';
import { startEmulator, listenerUrl, type RunningEmulator } from '../../../emulator/src';
import type { ServedListener, ServedLoadBalancer } from '../../../emulator/src/dataplane';
import { eventually } from '../../helpers/eventually';
import { LoopbackRuntime, TargetServer, createTargetGroup, send } from './helpers';

// The data plane end to end: the real ELBv2 SDK client builds load balancers, listeners and rules in the
// emulator; the targets are this test's own HTTP servers on loopback addresses, health-checked for real;
// requests go to 127.0.0.1:<served port> with the load balancer's DNS name as Host. Listeners are served
// on ephemeral ports (lbPort 0), so the test never claims port 80 even as root. Real sockets and real
// health-check probes: this file runs on real time, waiting with `eventually`.

const config = (url: string) => ({
  endpoint: url,
  region: 'us-east-1',
  credentials: { accessKeyId: 'AKIDEMULATORTEST', secretAccessKey: 'emulator-test-secret' },
  maxAttempts: 1,
});

let emu: RunningEmulator;
let elb: ElasticLoadBalancingV2Client;
let subnets: string[];
let securityGroups: string[];
let vpcId: string;
const logLines: string[] = [];
const a1 = new TargetServer('a1', '127.0.0.21');
const a2 = new TargetServer('a2', '127.0.0.22');
const b1 = new TargetServer('b1', '127.0.0.23');
const d1 = new TargetServer('d1', '127.0.0.24');
const d2 = new TargetServer('d2', '127.0.0.25');
const servers = [a1, a2, b1, d1, d2];

let lb: LoadBalancer;
let tgA: TargetGroup;
let listenerArn: string;
let port80: number;

beforeAll(async () => {
  await Promise.all(servers.map((s) => s.start()));
  emu = await startEmulator({
    port: 0,
    runtime: new LoopbackRuntime(),
    timeScale: 1000,
    lbPort: 0,
    log: (line) => logLines.push(line),
  });
  elb = new ElasticLoadBalancingV2Client(config(emu.url));
  const ec2 = new EC2Client(config(emu.url));
  const found = (await ec2.send(new DescribeSubnetsCommand({}))).Subnets!;
  subnets = found.map((s) => s.SubnetId!).slice(0, 2);
  vpcId = found[0].VpcId!;
  securityGroups = (await ec2.send(new DescribeSecurityGroupsCommand({})))
    .SecurityGroups!.map((g) => g.GroupId!)
    .slice(0, 1);
  ec2.destroy();

  lb = (await elb.send(new CreateLoadBalancerCommand({ Name: 'dp-web', Subnets: subnets })))
    .LoadBalancers![0];
  tgA = await targetGroup('dp-a');
  listenerArn = (
    await elb.send(
      new CreateListenerCommand({
        LoadBalancerArn: lb.LoadBalancerArn,
        Protocol: 'HTTP',
        Port: 80,
        DefaultActions: [{ Type: 'forward', TargetGroupArn: tgA.TargetGroupArn }],
      }),
    )
  ).Listeners![0].ListenerArn!;
  await register(tgA, [a1, a2]);
  await healthy(tgA, 2);
  const url = await listenerUrl(emu.world, lb.LoadBalancerArn!, 80);
  port80 = Number(new URL(url!).port);
});

afterAll(async () => {
  elb?.destroy();
  await emu?.stop();
  await Promise.all(servers.map((s) => s.stop()));
});

async function targetGroup(name: string, attributes: Record<string, string> = {}): Promise<TargetGroup> {
  const tg = await createTargetGroup(elb, vpcId, name);
  const attrs = Object.entries(attributes).map(([Key, Value]) => ({ Key, Value }));
  if (attrs.length)
    await elb.send(
      new ModifyTargetGroupAttributesCommand({ TargetGroupArn: tg.TargetGroupArn, Attributes: attrs }),
    );
  return tg;
}

async function register(tg: TargetGroup, targets: { ip: string; port: number }[]): Promise<void> {
  await elb.send(
    new RegisterTargetsCommand({
      TargetGroupArn: tg.TargetGroupArn,
      Targets: targets.map((t) => ({ Id: t.ip, Port: t.port })),
    }),
  );
}

async function healthy(tg: TargetGroup, count: number): Promise<void> {
  await eventually(`${count} healthy targets in ${tg.TargetGroupName}`, async () => {
    const d = await elb.send(new DescribeTargetHealthCommand({ TargetGroupArn: tg.TargetGroupArn }));
    const n = d.TargetHealthDescriptions!.filter((t) => t.TargetHealth?.State === 'healthy').length;
    return n >= count ? true : undefined;
  });
}

async function rule(priority: number, conditions: object[], actions: object[]): Promise<void> {
  await elb.send(
    new CreateRuleCommand({
      ListenerArn: listenerArn,
      Priority: priority,
      Conditions: conditions as never,
      Actions: actions as never,
    }),
  );
}

interface AdminView {
  loadBalancers: (ServedLoadBalancer & { listeners: ServedListener[] })[];
}
const adminView = async (): Promise<AdminView> =>
  (await fetch(`${emu.url}/_emulator/load-balancers`).then((r) => r.json())) as AdminView;

const nameOf = (body: string): string => (JSON.parse(body) as { name: string }).name;

describe('the load balancer data plane', () => {
  it('gives the load balancer a DNS name under .localhost and says where each listener is served', async () => {
    expect(lb.DNSName).toMatch(/^dp-web-\d+\.us-east-1\.elb\.localhost$/);
    const url = await listenerUrl(emu.world, lb.LoadBalancerArn!, 80);
    expect(url).toBe(`http://${lb.DNSName}:${port80}`);
    expect(port80).not.toBe(80);
    expect(logLines).toContain(
      `listener 80 of load balancer dp-web is served on ${url} (port 80 could not be bound here: ephemeral ports requested)`,
    );
    const admin = await adminView();
    expect(admin.loadBalancers[0]).toMatchObject({
      name: 'dp-web',
      dnsName: lb.DNSName,
      listeners: [{ port: 80, protocol: 'HTTP', localPort: port80, url }],
    });
    expect(await listenerUrl(emu.world, lb.LoadBalancerArn!, 9999)).toBeUndefined();
  });

  it('round-robins over the healthy targets and adds the X-Forwarded headers', async () => {
    const names: string[] = [];
    for (let i = 0; i < 6; i++) {
      const r = await send(port80, lb.DNSName!, `/hello?n=${i}`);
      expect(r.status).toBe(200);
      names.push(nameOf(r.body));
    }
    expect(new Set(names)).toEqual(new Set(['a1', 'a2']));
    for (let i = 1; i < names.length; i++) expect(names[i]).not.toBe(names[i - 1]);

    const echoed = JSON.parse(
      (await send(port80, lb.DNSName!, '/x', { headers: { 'x-forwarded-for': '203.0.113.9' } })).body,
    );
    expect(echoed.url).toBe('/x');
    expect(echoed.headers).toMatchObject({
      host: lb.DNSName,
      'x-forwarded-for': '203.0.113.9, 127.0.0.1',
      'x-forwarded-proto': 'http',
      'x-forwarded-port': '80',
    });
    expect(echoed.headers['x-amzn-trace-id']).toMatch(/^Root=1-[0-9a-f]{8}-[0-9a-f]{24}$/);
  });

  it('streams request bodies to the target', async () => {
    const body = 'x'.repeat(200_000);
    const r = await send(port80, lb.DNSName!, '/upload', { method: 'POST', body });
    expect(JSON.parse(r.body)).toMatchObject({ method: 'POST', body });
  });

  it('routes by path and host rules in priority order, with fixed responses and redirects', async () => {
    const tgB = await targetGroup('dp-b');
    await register(tgB, [b1]);
    await rule(
      10,
      [{ Field: 'path-pattern', Values: ['/api/*'] }],
      [{ Type: 'forward', TargetGroupArn: tgB.TargetGroupArn }],
    );
    await rule(
      20,
      [{ Field: 'host-header', HostHeaderConfig: { Values: ['admin.example.*'] } }],
      [
        {
          Type: 'fixed-response',
          FixedResponseConfig: { StatusCode: '200', ContentType: 'text/plain', MessageBody: 'admin here' },
        },
      ],
    );
    // Lower priority number wins: /api/* on the admin host still goes to b.
    await rule(
      5,
      [
        { Field: 'host-header', Values: ['admin.example.com'] },
        { Field: 'path-pattern', Values: ['/api/secret?'] },
      ],
      [{ Type: 'fixed-response', FixedResponseConfig: { StatusCode: '403', MessageBody: 'no' } }],
    );
    await rule(
      30,
      [{ Field: 'path-pattern', Values: ['/old*'] }],
      [{ Type: 'redirect', RedirectConfig: { StatusCode: 'HTTP_301', Path: '/new/#{path}' } }],
    );
    await rule(
      40,
      [{ Field: 'path-pattern', Values: ['/elsewhere'] }],
      [
        {
          Type: 'redirect',
          RedirectConfig: {
            StatusCode: 'HTTP_302',
            Protocol: 'HTTPS',
            Host: 'example.org',
            Port: '443',
            Query: 'from=#{host}',
          },
        },
      ],
    );
    await healthy(tgB, 1);

    expect(nameOf((await send(port80, lb.DNSName!, '/api/users')).body)).toBe('b1');
    expect(nameOf((await send(port80, 'admin.example.com', '/api/users')).body)).toBe('b1');
    const secret = await send(port80, 'ADMIN.Example.com', '/api/secret1');
    expect([secret.status, secret.body, secret.headers['content-type']]).toEqual([
      403,
      'no',
      'text/plain; charset=utf-8',
    ]);
    const admin = await send(port80, 'Admin.Example.COM:80', '/');
    expect([admin.status, admin.body, admin.headers.server]).toEqual([200, 'admin here', 'awselb/2.0']);
    // Path patterns are case-sensitive; the default action takes the rest.
    expect(['a1', 'a2']).toContain(nameOf((await send(port80, lb.DNSName!, '/API/users')).body));

    const moved = await send(port80, `${lb.DNSName}:${port80}`, '/old/page?q=1');
    expect(moved.status).toBe(301);
    // #{port} is the listener's port (80), served here on another port: the Location names the one that answers.
    expect(moved.headers.location).toBe(`http://${lb.DNSName}:${port80}/new/old/page?q=1`);
    const away = await send(port80, lb.DNSName!, '/elsewhere');
    expect(away.status).toBe(302);
    expect(away.headers.location).toBe(`https://example.org/elsewhere?from=${lb.DNSName}`);
  });

  it('answers 503 as an ALB does when the target group has no healthy target', async () => {
    const empty = await targetGroup('dp-empty');
    await rule(
      50,
      [{ Field: 'path-pattern', Values: ['/empty'] }],
      [{ Type: 'forward', TargetGroupArn: empty.TargetGroupArn }],
    );
    const r = await send(port80, lb.DNSName!, '/empty');
    expect(r.status).toBe(503);
    expect(r.headers.server).toBe('awselb/2.0');
    expect(r.headers['content-type']).toBe('text/html');
    expect(r.body).toBe(
      '<html>\r\n<head><title>503 Service Temporarily Unavailable</title></head>\r\n<body>\r\n<center><h1>503 Service Temporarily Unavailable</h1></center>\r\n</body>\r\n</html>\r\n',
    );
    expect(Number(r.headers['content-length'])).toBe(162);
  });

  it('fails open to unhealthy targets, and answers 502 when the target refuses the connection', async () => {
    const closed = new TargetServer('closed', '127.0.0.26');
    await closed.start();
    const deadPort = closed.port;
    await closed.stop();
    const dead = await targetGroup('dp-dead');
    await rule(
      60,
      [{ Field: 'path-pattern', Values: ['/dead'] }],
      [{ Type: 'forward', TargetGroupArn: dead.TargetGroupArn }],
    );
    await register(dead, [{ ip: '127.0.0.26', port: deadPort }]);
    await eventually('the dead target unhealthy', async () => {
      const d = await elb.send(new DescribeTargetHealthCommand({ TargetGroupArn: dead.TargetGroupArn }));
      return d.TargetHealthDescriptions![0].TargetHealth?.State === 'unhealthy' ? true : undefined;
    });
    const r = await send(port80, lb.DNSName!, '/dead');
    expect(r.status).toBe(502);
    expect(r.body).toContain('<center><h1>502 Bad Gateway</h1></center>');
    expect(r.headers.server).toBe('awselb/2.0');
  });

  it('lets a draining target finish its in-flight request and sends it no new ones', async () => {
    // 3600 emulated seconds at time scale 1000: the target stays draining for 3.6 s, longer than this test.
    const tgD = await targetGroup('dp-drain', { 'deregistration_delay.timeout_seconds': '3600' });
    await rule(
      70,
      [{ Field: 'path-pattern', Values: ['/d/*', '/slow'] }],
      [{ Type: 'forward', TargetGroupArn: tgD.TargetGroupArn }],
    );
    await register(tgD, [d1, d2]);
    await healthy(tgD, 2);

    const slow = send(port80, lb.DNSName!, '/slow');
    const busy = await eventually(
      'the slow request at a target',
      async (): Promise<TargetServer | undefined> => (d1.slowArrived ? d1 : d2.slowArrived ? d2 : undefined),
    );
    if (!busy) throw new Error('no target holds the slow request');
    const other = busy === d1 ? d2 : d1;
    const admin = await adminView();
    const drainGroup = admin.loadBalancers[0].targetGroups.find(
      (g: { name: string }) => g.name === 'dp-drain',
    );
    expect(drainGroup!.targets).toContainEqual({
      id: busy.ip,
      port: busy.port,
      state: 'healthy',
      inFlight: 1,
    });

    await elb.send(
      new DeregisterTargetsCommand({
        TargetGroupArn: tgD.TargetGroupArn,
        Targets: [{ Id: busy.ip, Port: busy.port }],
      }),
    );
    const health = await elb.send(new DescribeTargetHealthCommand({ TargetGroupArn: tgD.TargetGroupArn }));
    expect(health.TargetHealthDescriptions!.find((t) => t.Target?.Id === busy.ip)?.TargetHealth?.State).toBe(
      'draining',
    );
    for (let i = 0; i < 4; i++) {
      expect(nameOf((await send(port80, lb.DNSName!, `/d/${i}`)).body)).toBe(other.name);
    }
    busy.release();
    const finished = await slow;
    expect([finished.status, finished.body]).toEqual([200, `${busy.name} finished slowly`]);
  });

  it('answers 504 when the target stays silent longer than the idle timeout', async () => {
    await elb.send(
      new ModifyLoadBalancerAttributesCommand({
        LoadBalancerArn: lb.LoadBalancerArn,
        Attributes: [{ Key: 'idle_timeout.timeout_seconds', Value: '1' }],
      }),
    );
    try {
      const tgHang = await targetGroup('dp-hang');
      await rule(
        80,
        [{ Field: 'path-pattern', Values: ['/hang'] }],
        [{ Type: 'forward', TargetGroupArn: tgHang.TargetGroupArn }],
      );
      await register(tgHang, [b1]);
      await healthy(tgHang, 1);
      const r = await send(port80, lb.DNSName!, '/hang');
      expect(r.status).toBe(504);
      expect(r.body).toContain('504 Gateway Time-out');
    } finally {
      await elb.send(
        new ModifyLoadBalancerAttributesCommand({
          LoadBalancerArn: lb.LoadBalancerArn,
          Attributes: [{ Key: 'idle_timeout.timeout_seconds', Value: '60' }],
        }),
      );
    }
  });

  it('serves a listener added at run time, and stops serving it once deleted', async () => {
    const added = (
      await elb.send(
        new CreateListenerCommand({
          LoadBalancerArn: lb.LoadBalancerArn,
          Protocol: 'HTTP',
          Port: 8181,
          DefaultActions: [
            { Type: 'fixed-response', FixedResponseConfig: { StatusCode: '200', MessageBody: 'port 8181' } },
          ],
        }),
      )
    ).Listeners![0];
    const url = await listenerUrl(emu.world, lb.LoadBalancerArn!, 8181);
    const port = Number(new URL(url!).port);
    const r = await send(port, lb.DNSName!, '/');
    expect([r.status, r.body]).toEqual([200, 'port 8181']);

    await elb.send(new DeleteListenerCommand({ ListenerArn: added.ListenerArn }));
    expect(await listenerUrl(emu.world, lb.LoadBalancerArn!, 8181)).toBeUndefined();
    await expect(send(port, lb.DNSName!, '/')).rejects.toThrow(/ECONNREFUSED|socket hang up|ECONNRESET/);
  });

  it('shares a port between load balancers, telling them apart by Host', async () => {
    const other = (await elb.send(new CreateLoadBalancerCommand({ Name: 'dp-other', Subnets: subnets })))
      .LoadBalancers![0];
    await elb.send(
      new CreateListenerCommand({
        LoadBalancerArn: other.LoadBalancerArn,
        Protocol: 'HTTP',
        Port: 80,
        DefaultActions: [
          { Type: 'fixed-response', FixedResponseConfig: { StatusCode: '200', MessageBody: 'other' } },
        ],
      }),
    );
    expect(await listenerUrl(emu.world, other.LoadBalancerArn!, 80)).toBe(
      `http://${other.DNSName}:${port80}`,
    );
    expect((await send(port80, other.DNSName!, '/')).body).toBe('other');
    expect(['a1', 'a2']).toContain(nameOf((await send(port80, lb.DNSName!, '/')).body));
    // A host named by a rule of dp-web's listener.
    expect((await send(port80, 'admin.example.com', '/')).body).toBe('admin here');
    // Neither name nor rule, and two load balancers on the port: nowhere to go.
    expect((await send(port80, '127.0.0.1', '/')).status).toBe(503);
  });
});

describe('autoscaling on the load balancer request count', () => {
  it('raises the desired count when requests per target exceed the target value', async () => {
    const ecs = new ECSClient(config(emu.url));
    const aas = new ApplicationAutoScalingClient(config(emu.url));
    try {
      await ecs.send(new CreateClusterCommand({ clusterName: 'dp' }));
      await ecs.send(
        new RegisterTaskDefinitionCommand({
          family: 'dp-web',
          networkMode: 'awsvpc',
          requiresCompatibilities: ['FARGATE'],
          cpu: '256',
          memory: '512',
          containerDefinitions: [
            { name: 'app', image: 'web:1', essential: true, portMappings: [{ containerPort: 80 }] },
          ],
        }),
      );
      await ecs.send(
        new CreateServiceCommand({
          cluster: 'dp',
          serviceName: 'web',
          taskDefinition: 'dp-web',
          desiredCount: 1,
          launchType: 'FARGATE',
          networkConfiguration: { awsvpcConfiguration: { subnets, securityGroups } },
        }),
      );
      await eventually('a running task', async () =>
        emu.world.ecs.serviceTaskArns('dp', 'web').length ? true : undefined,
      );
      await aas.send(
        new RegisterScalableTargetCommand({
          ServiceNamespace: 'ecs',
          ResourceId: 'service/dp/web',
          ScalableDimension: 'ecs:service:DesiredCount',
          MinCapacity: 1,
          MaxCapacity: 3,
        }),
      );
      const lbLabel = lb.LoadBalancerArn!.split(':loadbalancer/')[1];
      const tgLabel = tgA.TargetGroupArn!.split(':').pop()!;
      await aas.send(
        new PutScalingPolicyCommand({
          PolicyName: 'requests',
          ServiceNamespace: 'ecs',
          ResourceId: 'service/dp/web',
          ScalableDimension: 'ecs:service:DesiredCount',
          PolicyType: 'TargetTrackingScaling',
          TargetTrackingScalingPolicyConfiguration: {
            TargetValue: 5,
            ScaleOutCooldown: 0,
            PredefinedMetricSpecification: {
              PredefinedMetricType: 'ALBRequestCountPerTarget',
              ResourceLabel: `${lbLabel}/${tgLabel}`,
            },
          },
        }),
      );
      // Sustained load through the load balancer; the evaluator runs every emulated minute (60 ms here).
      const desired = async () =>
        (await ecs.send(new DescribeServicesCommand({ cluster: 'dp', services: ['web'] }))).services![0]
          .desiredCount!;
      await eventually(
        'the desired count to rise',
        async () => {
          await Promise.all(
            Array.from({ length: 10 }, () =>
              send(port80, lb.DNSName!, '/load').then((r) => expect(r.status).toBe(200)),
            ),
          );
          return (await desired()) > 1 ? true : undefined;
        },
        Boolean,
        { timeoutMs: 15_000 },
      );
      const activities = await aas.send(
        new DescribeScalingActivitiesCommand({ ServiceNamespace: 'ecs', ResourceId: 'service/dp/web' }),
      );
      // The scale-out came from the high alarm (a scale-in may follow it once the burst ends).
      expect(activities.ScalingActivities!.map((a) => a.Cause)).toContainEqual(
        expect.stringMatching(/AlarmHigh.*triggered policy requests/),
      );
      expect(await desired()).toBeLessThanOrEqual(3);
    } finally {
      ecs.destroy();
      aas.destroy();
    }
  });
});
