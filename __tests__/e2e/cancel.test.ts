/**
 * A runner's cancel, as GitHub sends it (SIGINT to the step's node process), during the watch of a
 * deploy of the bundled action: one line saying what was in progress and what happens to it, the
 * outputs, a summary with outcome cancelled, a non-zero exit within 5 s; then a re-run converges.
 * With rollback-on-cancel, the cancel starts the rollback to the previous revision: UpdateService
 * for a rolling deploy, StopServiceDeployment ROLLBACK for a blue/green one.
 */
import {
  DescribeServiceDeploymentsCommand,
  DescribeServicesCommand,
  ECSClient,
  ListServiceDeploymentsCommand,
} from '@aws-sdk/client-ecs';
import type { ChildProcess } from 'node:child_process';
import { startEmulator } from '../../emulator/src/index';
import { eventually } from '../helpers/eventually';
import { ActionResult, admin, ecrImage, Emulator, runAction } from './harness';

let emu: Emulator;
let api: ReturnType<typeof admin>;
/** The deployment the cancel left to ECS. */
let cancelledDeployment = '';
const base = { cluster: 'cx', service: 'slow', 'container-port': '3000', 'wait-for-minutes': '10' };

const ecsClient = () =>
  new ECSClient({
    endpoint: emu.url,
    region: 'us-east-1',
    credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
  });

async function service(cluster = 'cx', name = 'slow') {
  const out = await ecsClient().send(new DescribeServicesCommand({ cluster, services: [name] }));
  return out.services![0];
}

/** The newest service deployment of a service, as DescribeServiceDeployments shows it. */
async function latestServiceDeployment(cluster: string, name: string) {
  const ecs = ecsClient();
  const [newest] = (await ecs.send(new ListServiceDeploymentsCommand({ cluster, service: name })))
    .serviceDeployments!;
  const out = await ecs.send(
    new DescribeServiceDeploymentsCommand({ serviceDeploymentArns: [newest.serviceDeploymentArn!] }),
  );
  return out.serviceDeployments![0];
}

/** Runs the action and sends SIGINT once the watch has begun; the time from signal to exit is measured. */
async function cancelDuringWatch(inputs: Record<string, string>): Promise<ActionResult & { exitMs: number }> {
  let child: ChildProcess | undefined;
  let signalledAt = 0;
  const run = await runAction(
    { ...base, ...inputs },
    {
      endpoint: emu.url,
      onSpawn: (c) => (child = c),
      onLine: (line) => {
        if (line.startsWith('::group::Watch') && !signalledAt) {
          signalledAt = Date.now();
          child!.kill('SIGINT');
        }
      },
    },
  );
  expect(signalledAt).toBeGreaterThan(0);
  return { ...run, exitMs: run.endedAtMs - signalledAt };
}

beforeAll(async () => {
  emu = await startEmulator({ port: 0, timeScale: 50, runtime: 'simulated' });
  api = admin(emu.url);
  for (const tag of ['v1', 'v2', 'v3']) await api.declareImage('slow', tag);
  // 150 emulated seconds from PENDING to RUNNING: 3 s here, time enough to cancel the watch.
  for (const tag of ['v2', 'v3']) await api.behave(ecrImage('slow', tag), { startSeconds: 150 });
});

afterAll(async () => {
  await emu?.stop();
});

test('a first deploy to cancel over', async () => {
  const run = await runAction({ ...base, image: ecrImage('slow', 'v1') }, { endpoint: emu.url });
  expect(run.exitCode).toBe(0);
});

test('SIGINT during the watch: one line, the outputs, a cancelled summary, a non-zero exit within 5 s', async () => {
  const run = await cancelDuringWatch({ image: ecrImage('slow', 'v2') });
  console.log(`cancel e2e: exit ${run.exitCode} ${run.exitMs} ms after SIGINT`);
  expect(run.exitCode).toBe(130);
  expect(run.exitMs).toBeLessThan(5_000);
  const deploymentId = (cancelledDeployment = run.outputs['deployment-id']);
  expect(deploymentId).toMatch(/^ecs-svc\//);
  expect(run.outputs['task-definition-arn']).toMatch(/cx-slow:2$/);
  expect(run.outputs['previous-task-definition-arn']).toMatch(/cx-slow:1$/);
  expect(run.log).toContain(
    `::error::Cancelled (SIGINT) during Watch of deployment ${deploymentId} (slow). ECS goes on with deployment ${deploymentId} of cx-slow:2, unwatched; its circuit breaker still rolls it back if the new tasks fail.`,
  );
  expect(run.summary).toContain('## ⏹️ Cancelled: slow');
  expect(run.summary).toContain(deploymentId);
  // ECS goes on with it.
  expect((await service()).deployments?.find((d) => d.status === 'PRIMARY')?.id).toBe(deploymentId);
});

test('a re-run after the cancel converges: it follows the deployment to healthy, starting none', async () => {
  const run = await runAction({ ...base, image: ecrImage('slow', 'v2') }, { endpoint: emu.url });
  expect(run.exitCode).toBe(0);
  expect(run.outputs['task-definition-arn']).toMatch(/cx-slow:2$/);
  expect(run.outputs['deployment-id']).toBe(cancelledDeployment);
  const svc = await service();
  expect(svc.taskDefinition).toMatch(/cx-slow:2$/);
  expect(svc.deployments).toHaveLength(1);
  expect(svc.deployments![0].rolloutState).toBe('COMPLETED');
});

test('with rollback-on-cancel, a cancel during the watch starts the rollback to the previous revision', async () => {
  const run = await cancelDuringWatch({ image: ecrImage('slow', 'v3'), 'rollback-on-cancel': 'true' });
  expect(run.exitCode).toBe(130);
  expect(run.exitMs).toBeLessThan(5_000);
  expect(run.log).toMatch(/The action started the rollback to cx-slow:2 \(deployment ecs-svc\/\d+\)/);
  // The rollback is ECS's to carry out: the service goes back to revision 2.
  // With the error alarm (rollback-on-errors, on by default) ECS keeps the deployment IN_PROGRESS
  // for the alarm's bake time after its tasks are healthy, so the wait includes COMPLETED.
  const svc = await eventually(
    'the service back on cx-slow:2 with one completed deployment',
    service,
    (s) =>
      /cx-slow:2$/.test(s.taskDefinition ?? '') &&
      s.deployments?.length === 1 &&
      s.deployments[0].rolloutState === 'COMPLETED',
    { timeoutMs: 30_000, intervalMs: 250 },
  );
  expect(svc.deployments![0].rolloutState).toBe('COMPLETED');
});

test('with rollback-on-cancel, a cancelled blue/green deploy is stopped with rollback: ECS goes back to the previous revision', async () => {
  const bg = {
    cluster: 'cxbg',
    service: 'slowbg',
    strategy: 'blue-green',
    'bake-minutes': '1',
    'infrastructure-role-arn': 'arn:aws:iam::000000000000:role/ecsInfrastructureRoleForLoadBalancers',
  };
  const first = await runAction({ ...base, ...bg, image: ecrImage('slow', 'v1') }, { endpoint: emu.url });
  expect(first.exitCode).toBe(0);
  const run = await cancelDuringWatch({ ...bg, image: ecrImage('slow', 'v3'), 'rollback-on-cancel': 'true' });
  expect(run.exitCode).toBe(130);
  expect(run.exitMs).toBeLessThan(5_000);
  expect(run.log).toMatch(
    /The action stopped service deployment arn:aws:ecs:\S+ with rollback: ECS moves the traffic back to cxbg-slowbg:1/,
  );
  const sd = await eventually(
    'the blue/green deployment rolled back by ECS',
    () => latestServiceDeployment('cxbg', 'slowbg'),
    (d) => d.status === 'ROLLBACK_SUCCESSFUL',
    { timeoutMs: 30_000, intervalMs: 250 },
  );
  expect(sd.status).toBe('ROLLBACK_SUCCESSFUL');
  expect((await service('cxbg', 'slowbg')).taskDefinition).toMatch(/cxbg-slowbg:1$/);
});
