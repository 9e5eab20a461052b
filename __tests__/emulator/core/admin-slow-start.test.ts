import { startEmulator } from '../../../emulator/src';
import { admin } from './fake-runtime';

/**
 * The image behaviour `healthyAfterSeconds` through the admin API: refused when it is not a
 * non-negative number (one message naming the field), and, once set, a task of the image started by
 * the simulated runtime fails its health checks for that many emulated seconds, then passes.
 */
describe('admin API: healthyAfterSeconds', () => {
  let emu: Awaited<ReturnType<typeof startEmulator>>;
  const image = '000000000000.dkr.ecr.us-east-1.amazonaws.com/web:slow';
  beforeAll(async () => {
    emu = await startEmulator({ port: 0, runtime: 'simulated', clock: 'virtual' });
  });
  afterAll(async () => {
    await emu.stop();
  });

  it.each([[-1], ['10'], [null], [true]])('refuses %p, naming the field', async (value) => {
    const res = await admin(emu.url, 'PUT', 'images', { image, behaviour: { healthyAfterSeconds: value } });
    expect(res.status).toBe(400);
    expect(res.json.error).toBe('behaviour.healthyAfterSeconds must be a non-negative number');
    expect(emu.world.behaviourOf(image)).toEqual({});
  });

  it('is listed as set, and a task of the image answers 503 for its first N seconds, then 200', async () => {
    const put = await admin(emu.url, 'PUT', 'images', {
      image,
      behaviour: { startSeconds: 1, healthyAfterSeconds: 20 },
    });
    expect(put.status).toBe(200);
    expect((await admin(emu.url, 'GET', 'images')).json.images).toEqual([
      { image, behaviour: { startSeconds: 1, healthyAfterSeconds: 20 } },
    ]);
    const runtime = emu.world.runtime;
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
    const probe = async () => (await runtime.probe('10.0.1.5', 3000, '/', 1_000)).statusCode;
    await emu.world.clock.advance(1_000);
    expect(running).toBe(true);
    expect(await probe()).toBe(503);
    await emu.world.clock.advance(19_000);
    expect(await probe()).toBe(503);
    await emu.world.clock.advance(1_000);
    expect(await probe()).toBe(200);
  });
});
