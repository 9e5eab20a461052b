import * as net from 'node:net';
import type { AddressInfo } from 'node:net';
import {
  ElasticLoadBalancingV2Client,
  CreateLoadBalancerCommand,
  CreateListenerCommand,
} from '@aws-sdk/client-elastic-load-balancing-v2';
import { EC2Client, DescribeSubnetsCommand } from '@aws-sdk/client-ec2';
import { startEmulator, listenerUrl, type RunningEmulator } from '../../../emulator/src';
import { LoopbackRuntime, send } from './helpers';

// A listener whose port is taken on this machine is served on a fallback port, and the emulator says so
// in its log and its admin API. The fallback range starts at a port picked free for this test.

const config = (url: string) => ({
  endpoint: url,
  region: 'us-east-1',
  credentials: { accessKeyId: 'AKIDEMULATORTEST', secretAccessKey: 'emulator-test-secret' },
  maxAttempts: 1,
});

let emu: RunningEmulator | undefined;
let blocker: net.Server | undefined;

afterEach(async () => {
  await emu?.stop();
  await new Promise((r) => (blocker ? blocker.close(r) : r(undefined)));
});

function listen(server: net.Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve((server.address() as AddressInfo).port));
  });
}

it('serves a listener whose port is taken on the next free port, and says so', async () => {
  blocker = net.createServer((s) => s.destroy());
  const taken = await listen(blocker, 0);
  const probe = net.createServer();
  const base = await listen(probe, 0);
  await new Promise((r) => probe.close(r));

  const lines: string[] = [];
  emu = await startEmulator({
    port: 0,
    runtime: new LoopbackRuntime(),
    timeScale: 1000,
    lbPort: base,
    log: (l) => lines.push(l),
  });
  const elb = new ElasticLoadBalancingV2Client(config(emu.url));
  const ec2 = new EC2Client(config(emu.url));
  try {
    const subnets = (await ec2.send(new DescribeSubnetsCommand({})))
      .Subnets!.map((s) => s.SubnetId!)
      .slice(0, 2);
    const lb = (await elb.send(new CreateLoadBalancerCommand({ Name: 'fallback', Subnets: subnets })))
      .LoadBalancers![0];
    await elb.send(
      new CreateListenerCommand({
        LoadBalancerArn: lb.LoadBalancerArn,
        Protocol: 'HTTP',
        Port: taken,
        DefaultActions: [
          { Type: 'fixed-response', FixedResponseConfig: { StatusCode: '200', MessageBody: 'served' } },
        ],
      }),
    );
    const url = await listenerUrl(emu.world, lb.LoadBalancerArn!, taken);
    const served = Number(new URL(url!).port);
    expect(served).not.toBe(taken);
    // The fallback range starts at `base`; a port of it may have been taken since, by another process.
    expect(served).toBeGreaterThanOrEqual(base);
    expect(lines).toContain(
      `listener ${taken} of load balancer fallback is served on http://${lb.DNSName}:${served} (port ${taken} could not be bound here: EADDRINUSE)`,
    );
    const admin = (await fetch(`${emu.url}/_emulator/load-balancers`).then((r) => r.json())) as {
      loadBalancers: { listeners: object[] }[];
    };
    expect(admin.loadBalancers[0].listeners).toEqual([
      {
        port: taken,
        protocol: 'HTTP',
        localPort: served,
        url,
        note: `port ${taken} could not be bound here: EADDRINUSE`,
      },
    ]);
    expect((await send(served, lb.DNSName!, '/')).body).toBe('served');
  } finally {
    elb.destroy();
    ec2.destroy();
  }
});

it('does not serve listeners when the data plane is off', async () => {
  emu = await startEmulator({ port: 0, runtime: new LoopbackRuntime(), timeScale: 1000, dataPlane: false });
  const admin = (await fetch(`${emu.url}/_emulator/load-balancers`).then((r) => r.json())) as {
    dataPlane: boolean;
  };
  expect(admin).toEqual({ dataPlane: false, loadBalancers: [] });
  expect(await listenerUrl(emu.world, 'arn:none', 80)).toBeUndefined();
});
