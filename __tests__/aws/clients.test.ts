import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { DescribeClustersCommand, ECSClient } from '@aws-sdk/client-ecs';
import { nameFailedCalls } from '../../src/aws/clients';

/** A loopback server answering every request with one AWS JSON error. */
function errorServer(type: string, message: string): Promise<Server> {
  const server = createServer((req, res) => {
    req.resume();
    res.writeHead(400, { 'content-type': 'application/x-amz-json-1.1', 'x-amzn-errortype': type });
    res.end(JSON.stringify({ __type: type, message }));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

test('an error leaving a client names the service and the operation, and keeps its name', async () => {
  const server = await errorServer('ClusterNotFoundException', 'Cluster not found.');
  try {
    const ecs = new ECSClient({
      region: 'us-east-1',
      endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
      credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
      maxAttempts: 1,
    });
    nameFailedCalls(ecs);
    const error = await ecs.send(new DescribeClustersCommand({ clusters: ['x'] })).catch((e: Error) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).name).toBe('ClusterNotFoundException');
    expect((error as Error).message).toBe('ECS DescribeClusters: Cluster not found.');
  } finally {
    server.close();
  }
});

test('clients are made on first use, once each: a run loads only the SDK packages it calls', () => {
  const loaded: string[] = [];
  jest.isolateModules(() => {
    for (const pkg of ['@aws-sdk/client-ec2', '@aws-sdk/client-sts'])
      jest.doMock(pkg, () => {
        loaded.push(pkg);
        return jest.requireActual(pkg);
      });
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { createClients } = require('../../src/aws/clients') as typeof import('../../src/aws/clients');
    const clients = createClients('us-east-1', 1);
    expect(loaded).toEqual([]);
    const sts = clients.sts;
    expect(loaded).toEqual(['@aws-sdk/client-sts']);
    expect(clients.sts).toBe(sts);
    expect(sts.config.maxAttempts).toBeDefined();
    expect(Object.keys(clients)).toEqual([
      'ecs',
      'ecr',
      'elbv2',
      'ec2',
      'logs',
      'autoscaling',
      'cloudwatch',
      'sts',
      'acm',
    ]);
    expect(loaded).toEqual(['@aws-sdk/client-sts']);
  });
});
