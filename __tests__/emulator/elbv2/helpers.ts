import { World } from '../../../emulator/src/core/world';
import { AwsError } from '../../../emulator/src/core/errors';
import type { ProbeResult, TaskRuntime } from '../../../emulator/src/core/runtime';
import type { RequestContext, ServiceDefinition } from '../../../emulator/src/core/service';
import { Elbv2State } from '../../../emulator/src/services/elbv2/state';

/** What the fake runtime's probe answers for one address: a status code, a timeout or a refusal. */
export type ProbeAnswer = number | 'timeout' | 'refused';

/** A TaskRuntime whose probe answers as the test says (default 200) and whose usage the test sets. */
export class FakeRuntime implements TaskRuntime {
  readonly kind = 'simulated' as const;
  readonly answers = new Map<string, ProbeAnswer>();
  readonly usageByTask = new Map<string, { cpuPercent: number; memoryPercent: number }>();
  /** Usage of tasks not in usageByTask (undefined: no data). */
  defaultUsage?: { cpuPercent: number; memoryPercent: number };
  probes = 0;
  allocateAddress(): string {
    return '10.0.0.1';
  }
  releaseAddress(): void {}
  async startTask(): Promise<void> {}
  async stopTask() {
    return { exitCodes: {} };
  }
  async probe(ip: string): Promise<ProbeResult> {
    this.probes++;
    const a = this.answers.get(ip) ?? 200;
    if (a === 'timeout') return { error: 'timeout', durationMs: 5 };
    if (a === 'refused') return { error: 'refused', durationMs: 1 };
    return { statusCode: a, durationMs: 1 };
  }
  async usage(taskArn: string) {
    return this.usageByTask.get(taskArn) ?? this.defaultUsage;
  }
  async shutdown(): Promise<void> {}
}

/** EC2 as ELBv2 sees it through the contract: two subnets in two zones of one VPC, one in a third zone elsewhere. */
export const SUBNETS: Record<
  string,
  { subnetId: string; vpcId: string; cidrBlock: string; availabilityZone: string }
> = {
  'subnet-aaaa1111': {
    subnetId: 'subnet-aaaa1111',
    vpcId: 'vpc-1111',
    cidrBlock: '10.0.0.0/24',
    availabilityZone: 'us-east-1a',
  },
  'subnet-bbbb2222': {
    subnetId: 'subnet-bbbb2222',
    vpcId: 'vpc-1111',
    cidrBlock: '10.0.1.0/24',
    availabilityZone: 'us-east-1b',
  },
  'subnet-cccc3333': {
    subnetId: 'subnet-cccc3333',
    vpcId: 'vpc-1111',
    cidrBlock: '10.0.2.0/24',
    availabilityZone: 'us-east-1a',
  },
  'subnet-dddd4444': {
    subnetId: 'subnet-dddd4444',
    vpcId: 'vpc-2222',
    cidrBlock: '10.1.0.0/24',
    availabilityZone: 'us-east-1c',
  },
};
export const SECURITY_GROUPS: Record<string, { groupId: string; vpcId: string; groupName: string }> = {
  'sg-1111': { groupId: 'sg-1111', vpcId: 'vpc-1111', groupName: 'alb' },
  'sg-2222': { groupId: 'sg-2222', vpcId: 'vpc-2222', groupName: 'other' },
};

/** A world with ELBv2 and a contract-sized EC2 on a virtual clock: tests advance time instead of waiting. */
export function makeWorld(timeScale = 1000): { world: World; runtime: FakeRuntime } {
  const runtime = new FakeRuntime();
  const world = new World({ runtime, timeScale, clock: 'virtual' });
  (world as unknown as { ec2: unknown }).ec2 = {
    getSubnet: (id: string) => SUBNETS[id],
    getSecurityGroup: (id: string) => SECURITY_GROUPS[id],
    defaultVpcId: () => 'vpc-1111',
  };
  world.elbv2 = new Elbv2State(world);
  return { world, runtime };
}

export function caller(definition: ServiceDefinition, world: World, service: string) {
  return async (operation: string, input: Record<string, unknown> = {}): Promise<any> => {
    const op = definition.operations[operation];
    if (!op) throw new Error(`no operation ${operation}`);
    const ctx: RequestContext = {
      world,
      service,
      operation,
      requestId: 'req-1',
      accountId: world.accountId,
      region: world.region,
    };
    return op(input, ctx);
  };
}

/** The AWS error code an operation fails with (fails the test when it succeeds). */
export async function errorCode(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    if (e instanceof AwsError) return e.code;
    throw e;
  }
  throw new Error('expected an AWS error, the call succeeded');
}

export async function errorOf(p: Promise<unknown>): Promise<AwsError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof AwsError) return e;
    throw e;
  }
  throw new Error('expected an AWS error, the call succeeded');
}
