import { elbNameProblem } from '../../src/config/aws-limits';
import { readConfig } from '../../src/config/inputs';
import { loadBalancerName, securityGroupName, shortHash, targetGroupName } from '../../src/infra/naming';
import { choosePriority } from '../../src/infra/priority';
import {
  desiredScaling,
  desiredStack,
  loadBalancerIngress,
  priorityBand,
  requestCountResourceLabel,
  serviceUrl,
  taskIngress,
} from '../../src/infra/desired';
import {
  conditionsDrift,
  ingressDiff,
  listenerDrift,
  retentionDrift,
  scalableTargetDrift,
  scalingPolicyDrift,
  targetGroupDrift,
} from '../../src/infra/diff';
import { testConfig } from '../fixtures/config';

describe('naming', () => {
  it('joins cluster, service and environment when it fits', () => {
    expect(targetGroupName('web', 'hello', 'production')).toBe('web-hello-production');
  });

  it('hashes long names into a valid, deterministic 32-character name', () => {
    const a = targetGroupName('payments-platform-cluster', 'checkout-api-service', 'production');
    const b = targetGroupName('payments-platform-cluster', 'checkout-api-service', 'production');
    expect(a).toBe(b);
    expect(a.length).toBeLessThanOrEqual(32);
    expect(elbNameProblem(a, 'target group')).toBeUndefined();
    expect(a.endsWith(`-${shortHash('payments-platform-cluster/checkout-api-service/production')}`)).toBe(
      true,
    );
  });

  it('keeps two long names with the same prefix apart', () => {
    const a = targetGroupName('payments-platform-cluster', 'checkout-api-service-one', 'staging');
    const b = targetGroupName('payments-platform-cluster', 'checkout-api-service-two', 'staging');
    expect(a).not.toBe(b);
  });

  it('replaces characters an ELB name may not hold and trims hyphens', () => {
    const name = targetGroupName('My_Cluster', 'svc.v2', 'pr_12');
    expect(name).toBe('my-cluster-svc-v2-pr-12');
    expect(elbNameProblem(name, 'target group')).toBeUndefined();
  });

  it('derives the load balancer name from the cluster and never starts it with internal-', () => {
    expect(loadBalancerName('web')).toBe('web');
    const name = loadBalancerName('internal-apps');
    expect(name.startsWith('internal-')).toBe(false);
    expect(elbNameProblem(name, 'load balancer')).toBeUndefined();
  });

  it('keeps a load balancer name given as input as it is (the config checked it)', () => {
    expect(loadBalancerName('web', 'shared-alb')).toBe('shared-alb');
  });

  it('names security groups by their role and avoids the sg- prefix', () => {
    expect(securityGroupName('load-balancer', { loadBalancer: 'web' })).toBe('web-alb');
    expect(securityGroupName('tasks', { cluster: 'web', service: 'hello' })).toBe('web-hello-tasks');
    expect(securityGroupName('tasks', { cluster: 'sg-x', service: 'y' }).startsWith('sg-')).toBe(false);
  });
});

describe('choosePriority', () => {
  it('takes the lowest free priority, filling gaps', () => {
    expect(choosePriority([])).toBe(1);
    expect(choosePriority([1, 2, 4])).toBe(3);
    expect(choosePriority([1, 2, 3])).toBe(4);
  });

  it('stays inside the band', () => {
    expect(choosePriority([1, 40000, 40001], [40000, 49999])).toBe(40002);
  });

  it('keeps the preferred priority when it is free and in the band', () => {
    expect(choosePriority([1, 2], [1, 100], 50)).toBe(50);
    expect(choosePriority([1, 50], [1, 100], 50)).toBe(2);
    expect(choosePriority([], [10, 20], 5)).toBe(10);
  });

  it('is stable: the same rules give the same choice', () => {
    const taken = [5, 3, 1, 2];
    expect(choosePriority(taken, [1, 10])).toBe(choosePriority([...taken].reverse(), [1, 10]));
  });

  it('fails clearly when the band is full', () => {
    expect(() => choosePriority([10, 11, 12], [10, 12])).toThrow(
      /Every listener rule priority in 10\.\.12 is taken/,
    );
  });

  it('rejects a band outside 1..50000', () => {
    expect(() => choosePriority([], [0, 10])).toThrow(/Invalid rule priority band/);
  });
});

describe('desired stack', () => {
  it('makes an HTTP listener forwarding by default from only cluster and service', () => {
    const d = desiredStack(testConfig());
    expect(d.loadBalancer?.name).toBe('web');
    expect(d.loadBalancer?.listeners).toEqual([{ port: 80, protocol: 'HTTP', role: 'route' }]);
    expect(d.loadBalancer?.routing).toEqual({ kind: 'default' });
    expect(d.loadBalancer?.targetGroup).toMatchObject({
      name: 'web-hello-production',
      port: 3000,
      targetType: 'ip',
      deregistrationDelaySeconds: 30,
    });
    expect(d.tags).toEqual({
      'managed-by': 'ecs-fargate-deploy',
      service: 'hello',
      environment: 'production',
    });
  });

  it('with a certificate routes on 443 and redirects 80', () => {
    const cert = 'arn:aws:acm:eu-west-1:123456789012:certificate/abc';
    const d = desiredStack(testConfig({ loadBalancer: { certificateArn: cert } }));
    expect(d.loadBalancer?.routingPort).toBe(443);
    expect(d.loadBalancer?.listeners).toEqual([
      {
        port: 443,
        protocol: 'HTTPS',
        role: 'route',
        certificateArn: cert,
        sslPolicy: 'ELBSecurityPolicy-TLS13-1-2-2021-06',
      },
      { port: 80, protocol: 'HTTP', role: 'redirect' },
    ]);
  });

  it('routes by rule in the service band when host or path is given, previews in theirs', () => {
    const d = desiredStack(
      testConfig({ loadBalancer: { hostHeader: ['api.example.com'], rulePriority: 7 } }),
    );
    expect(d.loadBalancer?.routing).toEqual({
      kind: 'rule',
      conditions: { hostHeader: ['api.example.com'], pathPattern: [] },
      fixedPriority: 7,
      band: [1, 39999],
    });
    expect(priorityBand(testConfig({ mode: 'preview' }))).toEqual([40000, 49999]);
  });

  it('skips the load balancer with a target group given', () => {
    const d = desiredStack(
      testConfig({
        loadBalancer: { targetGroupArn: 'arn:aws:elasticloadbalancing:eu-west-1:1:targetgroup/x/1' },
      }),
    );
    expect(d.loadBalancer).toBeUndefined();
    expect(d.existingTargetGroupArn).toContain('targetgroup/x/1');
  });

  it('lets config tags through but keeps its own keys', () => {
    const d = desiredStack(
      testConfig({
        tags: [
          { name: 'team', value: 'a' },
          { name: 'managed-by', value: 'me' },
        ],
      }),
    );
    expect(d.tags).toMatchObject({ team: 'a', 'managed-by': 'ecs-fargate-deploy' });
  });

  it('opens listener ports to the world and the container port to the load balancer only', () => {
    expect(loadBalancerIngress([{ port: 80, protocol: 'HTTP', role: 'route' }])).toEqual([
      { port: 80, cidr: '0.0.0.0/0' },
      { port: 80, ipv6Cidr: '::/0' },
    ]);
    expect(taskIngress(3000, ['sg-b', 'sg-a', 'sg-a'])).toEqual([
      { port: 3000, sourceGroupId: 'sg-a' },
      { port: 3000, sourceGroupId: 'sg-b' },
    ]);
  });

  it('builds the URL a user opens', () => {
    expect(serviceUrl('lb-1.elb.amazonaws.com', false)).toBe('http://lb-1.elb.amazonaws.com/');
    expect(
      serviceUrl('lb-1.elb.amazonaws.com', true, { hostHeader: ['api.example.com'], pathPattern: [] }),
    ).toBe('https://api.example.com/');
    expect(serviceUrl('lb-1.elb.amazonaws.com', false, { hostHeader: [], pathPattern: ['/pr-12/*'] })).toBe(
      'http://lb-1.elb.amazonaws.com/pr-12/',
    );
    expect(serviceUrl('lb', false, { hostHeader: ['*.example.com'], pathPattern: [] })).toBe('http://lb/');
  });
});

describe('desired scaling', () => {
  const lbArn = 'arn:aws:elasticloadbalancing:eu-west-1:123456789012:loadbalancer/app/web/50dc6c495c0c9188';
  const tgArn =
    'arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/web-hello-production/73e2d6bc24d8a067';

  it('derives the request-count resource label from the ARNs', () => {
    expect(requestCountResourceLabel(lbArn, tgArn)).toBe(
      'app/web/50dc6c495c0c9188/targetgroup/web-hello-production/73e2d6bc24d8a067',
    );
  });

  it('adds a policy for each target the config holds', () => {
    const config = testConfig({
      autoScaling: {
        enabled: true,
        minCapacity: 1,
        maxCapacity: 4,
        memoryTarget: 70,
        requestsPerTarget: 500,
      },
    });
    const d = desiredScaling(config, {
      cluster: 'web',
      service: 'hello',
      targetGroupArn: tgArn,
      loadBalancerArn: lbArn,
    });
    expect(d.resourceId).toBe('service/web/hello');
    expect(d.policies.map((p) => [p.metric, p.targetValue])).toEqual([
      ['ECSServiceAverageCPUUtilization', 60],
      ['ECSServiceAverageMemoryUtilization', 70],
      ['ALBRequestCountPerTarget', 500],
    ]);
    const noCpu = desiredScaling(
      testConfig({ autoScaling: { enabled: true, maxCapacity: 2, cpuTarget: 0 } }),
      { cluster: 'web', service: 'hello' },
    );
    expect(noCpu.policies).toEqual([]);
  });

  it('follows the config on the CPU policy: 60 by default, none with cpu-target 0', () => {
    const env = { GITHUB_SHA: 'a'.repeat(40), AWS_REGION: 'eu-west-1' };
    const read = (inputs: Record<string, string>) =>
      readConfig((n) => ({ cluster: 'web', service: 'hello', image: 'nginx:1', ...inputs })[n] ?? '', env);
    const target = { cluster: 'web', service: 'hello' };
    expect(desiredScaling(read({ 'max-capacity': '4' }), target).policies.map((p) => p.targetValue)).toEqual([
      60,
    ]);
    expect(desiredScaling(read({ 'max-capacity': '4', 'cpu-target': '0' }), target).policies).toEqual([]);
  });
});

describe('diff', () => {
  const tg = {
    name: 'tg',
    port: 3000,
    protocol: 'HTTP' as const,
    targetType: 'ip' as const,
    healthCheck: {
      path: '/',
      intervalSeconds: 10,
      timeoutSeconds: 5,
      healthyThreshold: 2,
      unhealthyThreshold: 2,
      matcher: '200-399',
    },
    deregistrationDelaySeconds: 30,
  };
  const actual = {
    port: 3000,
    protocol: 'HTTP',
    targetType: 'ip',
    vpcId: 'vpc-1',
    healthCheck: { ...tg.healthCheck },
  };

  it('finds nothing when the target group matches', () => {
    expect(targetGroupDrift(tg, actual, 'vpc-1')).toEqual({ mutable: [], immutable: [] });
  });

  it('separates health check drift from what cannot change in place', () => {
    const d = targetGroupDrift(
      tg,
      { ...actual, port: 8080, healthCheck: { ...actual.healthCheck, path: '/health' } },
      'vpc-1',
    );
    expect(d.mutable).toEqual([{ field: 'health check path', actual: '/health', desired: '/' }]);
    expect(d.immutable).toEqual([{ field: 'port', actual: 8080, desired: 3000 }]);
  });

  it('compares listener certificate and policy only for HTTPS', () => {
    expect(
      listenerDrift({ port: 80, protocol: 'HTTP', role: 'route' }, { port: 80, protocol: 'HTTP' }),
    ).toEqual([]);
    const d = listenerDrift(
      { port: 443, protocol: 'HTTPS', role: 'route', certificateArn: 'new', sslPolicy: 'p' },
      { port: 443, protocol: 'HTTPS', certificateArn: 'old', sslPolicy: 'p' },
    );
    expect(d.map((x) => x.field)).toEqual(['certificate']);
  });

  it('compares rule conditions as sets', () => {
    expect(
      conditionsDrift(
        { hostHeader: ['a.x', 'b.x'], pathPattern: [] },
        { hostHeader: ['b.x', 'a.x'], pathPattern: [] },
      ),
    ).toEqual([]);
    expect(
      conditionsDrift({ hostHeader: [], pathPattern: ['/a/*'] }, { hostHeader: [], pathPattern: ['/b/*'] })[0]
        .field,
    ).toBe('path-pattern');
  });

  it('lists missing and extra ingress', () => {
    const d = ingressDiff(
      [
        { port: 80, cidr: '0.0.0.0/0' },
        { port: 443, cidr: '0.0.0.0/0' },
      ],
      [
        { port: 80, cidr: '0.0.0.0/0' },
        { port: 8080, cidr: '0.0.0.0/0' },
      ],
    );
    expect(d.missing).toEqual([{ port: 443, cidr: '0.0.0.0/0' }]);
    expect(d.extra).toEqual([{ port: 8080, cidr: '0.0.0.0/0' }]);
  });

  it('treats no retention as 0 (never expire)', () => {
    expect(retentionDrift(0, undefined)).toEqual([]);
    expect(retentionDrift(30, undefined)).toEqual([{ field: 'retention days', actual: 0, desired: 30 }]);
  });

  it('compares scaling bounds and policies', () => {
    expect(
      scalableTargetDrift({ minCapacity: 1, maxCapacity: 4 }, { minCapacity: 1, maxCapacity: 2 }),
    ).toHaveLength(1);
    const spec = {
      name: 'p',
      metric: 'ECSServiceAverageCPUUtilization' as const,
      targetValue: 60,
      scaleInCooldown: 300,
      scaleOutCooldown: 60,
    };
    expect(
      scalingPolicyDrift(spec, {
        metric: 'ECSServiceAverageCPUUtilization',
        targetValue: 60,
        scaleInCooldown: 300,
        scaleOutCooldown: 60,
      }),
    ).toEqual([]);
    expect(
      scalingPolicyDrift(spec, {
        metric: 'ECSServiceAverageCPUUtilization',
        targetValue: 50,
        scaleInCooldown: 300,
        scaleOutCooldown: 60,
      })[0].field,
    ).toBe('target value');
  });
});
