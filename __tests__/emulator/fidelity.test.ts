import {
  ElasticLoadBalancingV2Client,
  DescribeListenersCommand,
  DescribeLoadBalancersCommand,
  DescribeTargetGroupsCommand,
  DescribeTargetHealthCommand,
  AddTagsCommand,
} from '@aws-sdk/client-elastic-load-balancing-v2';
import { ECSClient, DescribeClustersCommand, DescribeTaskDefinitionCommand } from '@aws-sdk/client-ecs';
import { startEmulator, type RunningEmulator } from '../../emulator/src';

// Error wording and HTTP statuses checked against what AWS answers (quoted from real error output in
// public issue threads; see the "Fidelity notes" in docs/emulator/README.md), through the real SDK.
let emu: RunningEmulator;
let elb: ElasticLoadBalancingV2Client;
let ecs: ECSClient;
let config: ConstructorParameters<typeof ECSClient>[0] & object;

const LB_ARN = 'arn:aws:elasticloadbalancing:us-east-1:000000000000:loadbalancer/app/nope/0123456789abcdef';
const TG_ARN = 'arn:aws:elasticloadbalancing:us-east-1:000000000000:targetgroup/nope/0123456789abcdef';

beforeAll(async () => {
  emu = await startEmulator({
    port: 0,
    host: '127.0.0.1',
    runtime: 'simulated',
    timeScale: 1000,
    clock: 'virtual',
  });
  config = {
    endpoint: emu.url,
    region: 'us-east-1',
    credentials: { accessKeyId: 'AKIDEMULATORTEST', secretAccessKey: 'emulator-test-secret' },
    maxAttempts: 1,
  };
  elb = new ElasticLoadBalancingV2Client(config);
  ecs = new ECSClient(config);
});
afterAll(async () => {
  elb?.destroy();
  ecs?.destroy();
  await emu?.stop();
});
afterEach(async () => {
  await fetch(`${emu.url}/_emulator/faults`, { method: 'DELETE' });
});

async function failure(p: Promise<unknown>): Promise<{ name: string; message: string; status?: number }> {
  const e = (await p.then(
    () => {
      throw new Error('expected the call to fail');
    },
    (err: unknown) => err,
  )) as { name: string; message: string; $metadata?: { httpStatusCode?: number } };
  return { name: e.name, message: e.message, status: e.$metadata?.httpStatusCode };
}

describe('ELBv2 not-found wording', () => {
  it('one load balancer ARN: "Load balancer \'<arn>\' not found"', async () => {
    expect(await failure(elb.send(new DescribeListenersCommand({ LoadBalancerArn: LB_ARN })))).toEqual({
      name: 'LoadBalancerNotFoundException',
      message: `Load balancer '${LB_ARN}' not found`,
      status: 400,
    });
  });

  it('DescribeLoadBalancers by name lists the missing names in brackets', async () => {
    expect(await failure(elb.send(new DescribeLoadBalancersCommand({ Names: ['nope'] })))).toEqual({
      name: 'LoadBalancerNotFoundException',
      message: "Load balancers '[nope]' not found",
      status: 400,
    });
  });

  it('one target group ARN: "Target groups \'<arn>\' not found" (DescribeTargetHealth, AddTags)', async () => {
    const expected = {
      name: 'TargetGroupNotFoundException',
      message: `Target groups '${TG_ARN}' not found`,
      status: 400,
    };
    expect(await failure(elb.send(new DescribeTargetHealthCommand({ TargetGroupArn: TG_ARN })))).toEqual(
      expected,
    );
    expect(
      await failure(
        elb.send(new AddTagsCommand({ ResourceArns: [TG_ARN], Tags: [{ Key: 'app', Value: 'web' }] })),
      ),
    ).toEqual(expected);
  });

  it('DescribeTargetGroups by name: "One or more target groups not found"', async () => {
    expect(await failure(elb.send(new DescribeTargetGroupsCommand({ Names: ['nope'] })))).toEqual({
      name: 'TargetGroupNotFoundException',
      message: 'One or more target groups not found',
      status: 400,
    });
  });
});

describe('ECS errors through the SDK', () => {
  it('DescribeTaskDefinition of an unknown family: ClientException "Unable to describe task definition."', async () => {
    expect(await failure(ecs.send(new DescribeTaskDefinitionCommand({ taskDefinition: 'nope:1' })))).toEqual({
      name: 'ClientException',
      message: 'Unable to describe task definition.',
      status: 400,
    });
  });

  it("an injected ServerException is a 500 with AWS's message, and the SDK retries it", async () => {
    const res = await fetch(`${emu.url}/_emulator/faults`, {
      method: 'POST',
      body: JSON.stringify({ service: 'ecs', operation: 'DescribeClusters', errorCode: 'ServerException' }),
    });
    expect(res.status).toBe(200);
    expect(await failure(ecs.send(new DescribeClustersCommand({ clusters: ['default'] })))).toEqual({
      name: 'ServerException',
      message: 'Service Unavailable. Please try again later.',
      status: 500,
    });
    await fetch(`${emu.url}/_emulator/faults`, { method: 'DELETE' });
    await fetch(`${emu.url}/_emulator/faults`, {
      method: 'POST',
      body: JSON.stringify({ service: 'ecs', errorCode: 'ServerException', count: 1 }),
    });
    const retrying = new ECSClient({ ...config, maxAttempts: 2 });
    const out = await retrying.send(new DescribeClustersCommand({ clusters: ['default'] }));
    expect(out.$metadata.attempts).toBe(2);
    retrying.destroy();
  });
});
