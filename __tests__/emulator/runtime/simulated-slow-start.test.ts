import { World } from '../../../emulator/src/core/world';
import { SimulatedRuntime } from '../../../emulator/src/runtime/simulated';

/** The image behaviour `healthyAfterSeconds`: a slow start that fails its health checks, then passes. */
describe('simulated runtime: healthyAfterSeconds', () => {
  const image = '000000000000.dkr.ecr.us-east-1.amazonaws.com/web:slow';

  async function runningTask(behaviour: Record<string, unknown>) {
    const world = new World({ timeScale: 1, clock: 'virtual', runtime: undefined as never });
    const runtime = new SimulatedRuntime(world);
    world.runtime = runtime;
    world.imageBehaviours.set(image, { startSeconds: 1, ...behaviour });
    let running = false;
    await runtime.startTask(
      {
        taskArn: 'arn:aws:ecs:us-east-1:000000000000:task/c/t1',
        taskId: 't1',
        family: 'web',
        ip: '10.0.1.5',
        cpu: 256,
        memory: 512,
        containers: [
          { name: 'web', image, essential: true, environment: [], portMappings: [{ containerPort: 3000 }] },
        ],
      },
      { onRunning: () => (running = true), onContainerExit: () => {}, onLog: () => {} },
    );
    await world.clock.advance(1_000);
    expect(running).toBe(true);
    const probe = async () => (await runtime.probe('10.0.1.5', 3000, '/', 1_000)).statusCode;
    return { world, probe };
  }

  it('answers 503 for its first N seconds of running, then 200', async () => {
    const { world, probe } = await runningTask({ healthyAfterSeconds: 20 });
    expect(await probe()).toBe(503);
    await world.clock.advance(19_000);
    expect(await probe()).toBe(503);
    await world.clock.advance(1_000);
    expect(await probe()).toBe(200);
  });

  it('answers its own failing healthStatus while starting, and 200 afterwards', async () => {
    const { world, probe } = await runningTask({ healthyAfterSeconds: 5, healthStatus: 500 });
    expect(await probe()).toBe(500);
    await world.clock.advance(5_000);
    expect(await probe()).toBe(200);
  });

  it('without it, the image answers its healthStatus from the start', async () => {
    const { probe } = await runningTask({ healthStatus: 500 });
    expect(await probe()).toBe(500);
  });
});
