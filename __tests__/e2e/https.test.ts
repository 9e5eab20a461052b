/**
 * An HTTPS deploy of the bundled action against the emulator (simulated runtime): with an ISSUED ACM
 * certificate the action makes the HTTPS listener with it (and port 80 redirecting to it); the same
 * certificate moved to EXPIRED afterwards stops the next run in preflight, before any change.
 */
import {
  DescribeListenersCommand,
  DescribeLoadBalancersCommand,
  ElasticLoadBalancingV2Client,
} from '@aws-sdk/client-elastic-load-balancing-v2';
import { startEmulator } from '../../emulator/src/index';
import { admin, ecrImage, Emulator, isMutatingOperation, runAction } from './harness';

let emu: Emulator;
let api: ReturnType<typeof admin>;
let certificateArn = '';
const base = { cluster: 'tls', service: 'hello', 'container-port': '3000', 'wait-for-minutes': '10' };

beforeAll(async () => {
  emu = await startEmulator({ port: 0, timeScale: 50, runtime: 'simulated' });
  api = admin(emu.url);
  for (const tag of ['v1', 'v2']) await api.declareImage('hello', tag);
  certificateArn = (await api.call('POST', 'certificates', { domainName: 'app.example.com' })).arn;
});

afterAll(async () => {
  await emu?.stop();
});

test('with an ISSUED certificate: the HTTPS listener uses it, port 80 redirects to it', async () => {
  const run = await runAction(
    { ...base, image: ecrImage('hello', 'v1'), 'certificate-arn': certificateArn },
    { endpoint: emu.url },
  );
  if (run.exitCode !== 0) throw new Error(run.log.slice(-4000));
  const elb = new ElasticLoadBalancingV2Client({
    endpoint: emu.url,
    region: 'us-east-1',
    credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
  });
  const [lb] = (await elb.send(new DescribeLoadBalancersCommand({}))).LoadBalancers!;
  const listeners = (await elb.send(new DescribeListenersCommand({ LoadBalancerArn: lb.LoadBalancerArn })))
    .Listeners!;
  const https = listeners.find((l) => l.Port === 443)!;
  expect(https.Protocol).toBe('HTTPS');
  expect(https.Certificates).toEqual([{ CertificateArn: certificateArn }]);
  const http = listeners.find((l) => l.Port === 80);
  expect(http?.DefaultActions?.[0]?.Type).toBe('redirect');
  expect(run.outputs.url).toMatch(/^https:\/\//);
});

test('the certificate EXPIRED: the next run stops in preflight naming the input, with no change', async () => {
  await api.call('PUT', 'certificates', { arn: certificateArn, status: 'EXPIRED' });
  await api.clearCalls();
  const run = await runAction(
    { ...base, image: ecrImage('hello', 'v2'), 'certificate-arn': certificateArn },
    { endpoint: emu.url },
  );
  expect(run.exitCode).toBe(1);
  expect(run.log).toContain(
    `::error::Input 'certificate-arn': the certificate ${certificateArn} (app.example.com) is EXPIRED; an HTTPS listener needs an ISSUED certificate.`,
  );
  const mutating = (await api.calls()).filter((c) => isMutatingOperation(c.operation));
  expect(mutating).toEqual([]);
});
