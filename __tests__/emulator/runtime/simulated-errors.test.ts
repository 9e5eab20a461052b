import { World } from '../../../emulator/src/core/world';
import { SimulatedRuntime } from '../../../emulator/src/runtime/simulated';
import { startTestEmulator, admin } from '../core/fake-runtime';

/** The image behaviour `errorPercent`: a version that passes its health checks and fails real requests. */
describe('simulated runtime: errorPercent', () => {
  const image = '000000000000.dkr.ecr.us-east-1.amazonaws.com/web:broken';

  async function runningTask(behaviour: Record<string, unknown>) {
    const world = new World({ timeScale: 1, clock: 'virtual', runtime: undefined as never });
    const runtime = new SimulatedRuntime(world);
    world.runtime = runtime;
    world.imageBehaviours.set(image, { startSeconds: 1, ...behaviour });
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
      { onRunning: () => {}, onContainerExit: () => {}, onLog: () => {} },
    );
    const answers = (n: number) => Array.from({ length: n }, () => runtime.answerRequest('10.0.1.5', 3000));
    return { world, runtime, answers };
  }

  it('answers that share of requests 500, spread evenly, while health checks pass', async () => {
    const { world, runtime, answers } = await runningTask({ errorPercent: 25 });
    // Not running yet: nothing listens.
    expect(runtime.answerRequest('10.0.1.5', 3000)).toBeUndefined();
    await world.clock.advance(1_000);
    expect(answers(8)).toEqual([200, 200, 200, 500, 200, 200, 200, 500]);
    expect((await runtime.probe('10.0.1.5', 3000, '/health', 1_000)).statusCode).toBe(200);
    expect(runtime.answerRequest('10.0.1.5', 3001)).toBeUndefined();
    expect(runtime.answerRequest('10.0.1.6', 3000)).toBeUndefined();
  });

  it('gives exactly the percentage over a run, for shares that are not a whole fraction', async () => {
    const { world, answers } = await runningTask({ errorPercent: 30 });
    await world.clock.advance(1_000);
    expect(answers(100).filter((s) => s === 500)).toHaveLength(30);
    const healthy = await runningTask({});
    await healthy.world.clock.advance(1_000);
    expect(new Set(healthy.answers(50))).toEqual(new Set([200]));
  });

  it('is set through the admin API, which refuses values outside 0..100', async () => {
    const emu = await startTestEmulator();
    try {
      const put = (errorPercent: unknown) =>
        admin(emu.url, 'PUT', 'images', { image, behaviour: { errorPercent } });
      expect((await put(50)).status).toBe(200);
      expect(emu.world.behaviourOf(image)).toEqual({ errorPercent: 50 });
      for (const bad of [-1, 101, '50', null]) {
        const res = await put(bad);
        expect(res).toMatchObject({
          status: 400,
          json: { error: 'behaviour.errorPercent must be a number from 0 to 100' },
        });
      }
    } finally {
      await emu.stop();
    }
  });
});
