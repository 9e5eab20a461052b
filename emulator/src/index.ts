import type { AddressInfo } from 'node:net';
import { existsSync } from 'node:fs';
import type { TaskRuntime } from './core/runtime';
import type { World } from './core/world';
import type { ClockChoice } from './core/clock';
import { createWorld, resetWorld, stopStates, saveWorldToFile, loadWorldFromFile } from './world-factory';
import { createEmulatorServer } from './http/server';
import { loadDefinitions } from './http/services';
import { Faults } from './http/faults';
import type { EmulatorContext } from './http/context';
import { startDataPlane, type DataPlane } from './dataplane';
import { withLoadBalancerAdmin } from './dataplane/admin';

export { listenerUrl } from './dataplane';

export interface EmulatorOptions {
  port?: number;
  host?: string;
  timeScale?: number;
  /**
   * 'real' (the default) or 'virtual': emulated time then moves only when the caller advances
   * `world.clock` (`await world.clock.advance(ms)`, `runUntil(read, ok)`); HTTP stays real.
   */
  clock?: ClockChoice;
  runtime?: 'simulated' | 'docker' | TaskRuntime;
  /** Loaded at start when the file exists; the default path of the admin save/load endpoints. */
  stateFile?: string;
  accountId?: string;
  region?: string;
  /** A real local registry backing ECR (normally set by the Docker runtime). */
  registry?: { host: string; username: string; password: string };
  /** Serve the load balancers' listeners on local ports (default true). */
  dataPlane?: boolean;
  /** Address the load balancer listeners bind (default 127.0.0.1, where *.localhost names resolve). */
  lbHost?: string;
  /**
   * First port tried when a listener's own port cannot be bound (default 8080); 0 serves every listener
   * on an ephemeral port (tests, several emulators side by side).
   */
  lbPort?: number;
  /** Where the emulator's own lines go (which local URL serves which listener); default stdout. */
  log?: (line: string) => void;
}

export interface RunningEmulator {
  url: string;
  world: World;
  stop(): Promise<void>;
}

type RuntimeFactory = (world: World) => TaskRuntime;

function runtimeFactory(choice: EmulatorOptions['runtime'], registryGiven: boolean): RuntimeFactory {
  if (choice && typeof choice === 'object') return () => choice;
  if (choice === 'docker') {
    // Required lazily: the simulated path must work on machines (and checkouts) without the Docker runtime.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { DockerRuntime } = require('./runtime/docker') as {
      DockerRuntime: new (world: World, opts?: { registry?: false }) => TaskRuntime;
    };
    // A registry given to the emulator backs ECR: the runtime need not start one of its own.
    return (world) => new DockerRuntime(world, registryGiven ? { registry: false } : {});
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { SimulatedRuntime } = require('./runtime/simulated') as {
    SimulatedRuntime: new (world: World) => TaskRuntime;
  };
  return (world) => new SimulatedRuntime(world);
}

export async function startEmulator(opts: EmulatorOptions = {}): Promise<RunningEmulator> {
  const host = opts.host ?? '127.0.0.1';
  const makeRuntime = runtimeFactory(opts.runtime, Boolean(opts.registry));
  const ownsRuntime = typeof opts.runtime !== 'object';
  const world = createWorld({
    accountId: opts.accountId,
    region: opts.region,
    timeScale: opts.timeScale,
    clock: opts.clock,
    runtime: makeRuntime,
  });
  if (opts.registry) world.registry = opts.registry;
  // The Docker runtime starts its own registry in the background; ECR must not answer
  // GetAuthorizationToken before world.registry is set, so the server listens only once it is.
  await (world.runtime as { ready?: Promise<void> }).ready;
  if (opts.stateFile && existsSync(opts.stateFile)) await loadWorldFromFile(world, opts.stateFile);

  const faults = new Faults();
  const ctx: EmulatorContext = {
    world,
    faults,
    definitions: loadDefinitions(),
    stateFile: opts.stateFile,
    async reset() {
      await world.runtime.shutdown();
      resetWorld(world);
      faults.clear();
      // A runtime we made is replaced, since shutdown may leave it unusable; one passed in is reused.
      if (ownsRuntime) world.runtime = makeRuntime(world);
    },
    saveState: (file) => saveWorldToFile(world, file ?? requireFile(opts.stateFile)),
    async loadState(file) {
      // Tasks of the state being replaced would otherwise keep running untracked.
      await world.runtime.shutdown();
      if (ownsRuntime) world.runtime = makeRuntime(world);
      return loadWorldFromFile(world, file ?? requireFile(opts.stateFile));
    },
  };

  const server = createEmulatorServer(ctx);
  withLoadBalancerAdmin(server, world);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 4566, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  let dataPlane: DataPlane | undefined;
  if (opts.dataPlane !== false) {
    dataPlane = await startDataPlane(world, {
      host: opts.lbHost,
      fallbackPort: opts.lbPort,
      log: opts.log ?? ((line) => process.stdout.write(`emulator: ${line}\n`)),
    });
  }

  let stopped: Promise<void> | undefined;
  const stop = (): Promise<void> => {
    stopped ??= (async () => {
      await dataPlane?.stop();
      stopStates(world);
      await world.runtime.shutdown();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    })();
    return stopped;
  };
  return { url, world, stop };
}

function requireFile(file: string | undefined): string {
  if (!file) throw new Error('no state file given');
  return file;
}
