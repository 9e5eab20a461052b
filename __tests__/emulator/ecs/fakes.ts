import { World } from '../../../emulator/src/core/world';
import { EcsState } from '../../../emulator/src/services/ecs/state';
import { definition } from '../../../emulator/src/services/ecs/index';
import { SimulatedRuntime } from '../../../emulator/src/runtime/simulated';
import type { RequestContext } from '../../../emulator/src/core/service';
import type {
  TargetGroupInfo,
  TargetHealthListener,
  TargetHealthState,
} from '../../../emulator/src/core/contracts';

/** Small stand-ins for the other services' states, implementing exactly the contract methods ECS uses. */

export class FakeEc2 {
  subnets = new Map([
    [
      'subnet-a',
      { subnetId: 'subnet-a', vpcId: 'vpc-1', cidrBlock: '10.0.1.0/24', availabilityZone: 'us-east-1a' },
    ],
    [
      'subnet-b',
      { subnetId: 'subnet-b', vpcId: 'vpc-1', cidrBlock: '10.0.2.0/24', availabilityZone: 'us-east-1b' },
    ],
    [
      'subnet-other',
      { subnetId: 'subnet-other', vpcId: 'vpc-2', cidrBlock: '10.9.0.0/24', availabilityZone: 'us-east-1a' },
    ],
  ]);
  groups = new Map([['sg-1', { groupId: 'sg-1', vpcId: 'vpc-1', groupName: 'web' }]]);
  getSubnet(id: string) {
    return this.subnets.get(id);
  }
  getSecurityGroup(id: string) {
    return this.groups.get(id);
  }
  defaultVpcId() {
    return 'vpc-1';
  }
}

export class FakeLogs {
  groups = new Set<string>(['/ecs/web']);
  streams = new Map<string, string[]>();
  append(group: string, stream: string, events: { timestamp: number; message: string }[]): boolean {
    if (!this.groups.has(group)) return false;
    const key = `${group}|${stream}`;
    this.streams.set(key, [...(this.streams.get(key) ?? []), ...events.map((e) => e.message)]);
    return true;
  }
}

interface FakeTarget {
  id: string;
  port: number;
  state: TargetHealthState;
  reason?: string;
  passes: number;
  fails: number;
  stop?: () => void;
}

/**
 * A target group health checker in miniature: probes each registered target through the task
 * runtime every interval, healthy after `healthyThreshold` passes, unhealthy after `unhealthyThreshold`
 * failures, draining for the deregistration delay. All timing through the world clock.
 */
export class FakeElbv2 {
  targetGroups = new Map<string, TargetGroupInfo>();
  targets = new Map<string, FakeTarget[]>();
  listeners: ((
    tgArn: string,
    id: string,
    port: number,
    state: TargetHealthState,
    reason?: string,
    description?: string,
  ) => void)[] = [];
  calls: string[] = [];

  constructor(private readonly world: World) {}

  addTargetGroup(name: string, opts: Partial<TargetGroupInfo> = {}): string {
    const arn = `arn:aws:elasticloadbalancing:us-east-1:000000000000:targetgroup/${name}/0123456789abcdef`;
    this.targetGroups.set(arn, {
      arn,
      name,
      port: 80,
      protocol: 'HTTP',
      targetType: 'ip',
      vpcId: 'vpc-1',
      loadBalancerArns: ['arn:aws:elasticloadbalancing:us-east-1:000000000000:loadbalancer/app/lb/1'],
      deregistrationDelaySeconds: 5,
      healthCheck: {
        path: '/',
        port: 'traffic-port',
        intervalSeconds: 5,
        timeoutSeconds: 2,
        healthyThreshold: 2,
        unhealthyThreshold: 2,
        matcher: '200',
      },
      ...opts,
    });
    this.targets.set(arn, []);
    return arn;
  }

  getTargetGroup(arn: string) {
    return this.targetGroups.get(arn);
  }

  registerTargets(tgArn: string, targets: { id: string; port: number }[]): void {
    const tg = this.targetGroups.get(tgArn)!;
    for (const t of targets) {
      this.calls.push(`register ${t.id}:${t.port}`);
      const target: FakeTarget = { ...t, state: 'initial', passes: 0, fails: 0 };
      this.targets.get(tgArn)!.push(target);
      const check = () => {
        if (target.state === 'draining') return;
        void this.world.runtime
          .probe(t.id, t.port, tg.healthCheck.path, tg.healthCheck.timeoutSeconds * 1000)
          .then((r) => {
            if (target.state === 'draining') return;
            const ok = r.statusCode === 200;
            target.passes = ok ? target.passes + 1 : 0;
            target.fails = ok ? 0 : target.fails + 1;
            if (ok && target.state !== 'healthy' && target.passes >= tg.healthCheck.healthyThreshold)
              this.set(tgArn, target, 'healthy');
            if (!ok && target.state !== 'unhealthy' && target.fails >= tg.healthCheck.unhealthyThreshold)
              this.set(
                tgArn,
                target,
                'unhealthy',
                r.statusCode ? 'Target.ResponseCodeMismatch' : 'Target.FailedHealthChecks',
                r.statusCode
                  ? `Health checks failed with these codes: [${r.statusCode}]`
                  : 'Health checks failed',
              );
            target.stop = this.world.clock.schedule(tg.healthCheck.intervalSeconds * 1000, check);
          });
      };
      target.stop = this.world.clock.schedule(tg.healthCheck.intervalSeconds * 1000, check);
    }
  }

  private set(
    tgArn: string,
    target: FakeTarget,
    state: TargetHealthState,
    reason?: string,
    description?: string,
  ): void {
    target.state = state;
    target.reason = reason;
    this.calls.push(`${state} ${target.id}:${target.port}`);
    for (const fn of this.listeners) fn(tgArn, target.id, target.port, state, reason, description);
  }

  deregisterTargets(tgArn: string, targets: { id: string; port: number }[]): void {
    const tg = this.targetGroups.get(tgArn)!;
    for (const t of targets) {
      this.calls.push(`deregister ${t.id}:${t.port}`);
      const target = this.targets.get(tgArn)!.find((x) => x.id === t.id && x.port === t.port);
      if (!target) continue;
      target.stop?.();
      this.set(tgArn, target, 'draining', 'Target.DeregistrationInProgress');
      this.world.clock.schedule(tg.deregistrationDelaySeconds * 1000, () => {
        this.targets.set(
          tgArn,
          this.targets.get(tgArn)!.filter((x) => x !== target),
        );
        this.calls.push(`gone ${t.id}:${t.port}`);
      });
    }
  }

  targetState(tgArn: string, id: string, port: number) {
    const t = this.targets.get(tgArn)?.find((x) => x.id === id && x.port === port);
    return t ? { state: t.state, reason: t.reason } : undefined;
  }

  onTargetHealthChange(fn: TargetHealthListener): void {
    this.listeners.push(fn);
  }

  stopAll(): void {
    for (const list of this.targets.values()) for (const t of list) t.stop?.();
  }
}

export interface Harness {
  world: World;
  ecs: EcsState;
  ec2: FakeEc2;
  elbv2: FakeElbv2;
  logs: FakeLogs;
  call<T = any>(op: string, input?: Record<string, unknown>): Promise<T>;
  /** Moves the virtual clock timer by timer until `ok` holds for what `read` returns; returns that value. */
  until<T>(read: () => Promise<T> | T, ok: (v: T) => boolean): Promise<T>;
  stop(): Promise<void>;
}

/** ECS with fake peers on a virtual clock: tests advance emulated time instead of waiting for it. */
export function harness(timeScale = 100): Harness {
  const world = new World({ timeScale, clock: 'virtual', runtime: undefined as never });
  world.runtime = new SimulatedRuntime(world);
  const ec2 = new FakeEc2();
  const elbv2 = new FakeElbv2(world);
  const logs = new FakeLogs();
  (world as any).ec2 = ec2;
  (world as any).elbv2 = elbv2;
  (world as any).logs = logs;
  const ecs = new EcsState(world);
  world.ecs = ecs;
  const ctx = (operation: string): RequestContext => ({
    world,
    service: 'ecs',
    operation,
    requestId: 'req-1',
    accountId: world.accountId,
    region: world.region,
  });
  return {
    world,
    ecs,
    ec2,
    elbv2,
    logs,
    async call(op, input = {}) {
      const fn = definition.operations[op];
      if (!fn) throw new Error(`no operation ${op}`);
      return (await fn(structuredClone(input), ctx(op))) as any;
    },
    until: (read, ok) => world.clock.runUntil(read, ok),
    async stop() {
      ecs.stop();
      elbv2.stopAll();
      world.clock.clear();
      await world.runtime.shutdown();
    },
  };
}

export const webTaskDefinition = (image = 'app:v1', extra: Record<string, unknown> = {}) => ({
  family: 'web',
  networkMode: 'awsvpc',
  requiresCompatibilities: ['FARGATE'],
  cpu: '256',
  memory: '512',
  executionRoleArn: 'arn:aws:iam::000000000000:role/exec',
  containerDefinitions: [
    {
      name: 'app',
      image,
      essential: true,
      portMappings: [{ containerPort: 3000 }],
      logConfiguration: {
        logDriver: 'awslogs',
        options: {
          'awslogs-group': '/ecs/web',
          'awslogs-region': 'us-east-1',
          'awslogs-stream-prefix': 'web',
        },
      },
    },
  ],
  ...extra,
});

export const network = {
  awsvpcConfiguration: {
    subnets: ['subnet-a', 'subnet-b'],
    securityGroups: ['sg-1'],
    assignPublicIp: 'DISABLED',
  },
};
