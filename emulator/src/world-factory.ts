import { promises as fs } from 'node:fs';
import * as pathLib from 'node:path';
import { World, type WorldOptions, type ImageBehaviour } from './core/world';
import { EcsState } from './services/ecs/state';
import { Elbv2State } from './services/elbv2/state';
import { AutoScalingState } from './services/autoscaling/state';
import { Ec2State } from './services/ec2/state';
import { LogsState } from './services/logs/state';
import { EcrState } from './services/ecr/state';
import { CloudWatchState } from './services/cloudwatch/state';
import { AcmState } from './services/acm/state';

/** The states in the order they are restored: a service's dependencies come before it. */
const STATE_KEYS = ['acm', 'ec2', 'logs', 'ecr', 'cloudwatch', 'elbv2', 'ecs', 'autoscaling'] as const;
type StateKey = (typeof STATE_KEYS)[number];

function assignStates(world: World): void {
  world.acm = new AcmState(world);
  world.ec2 = new Ec2State(world);
  world.logs = new LogsState(world);
  world.ecr = new EcrState(world);
  world.cloudwatch = new CloudWatchState(world);
  world.elbv2 = new Elbv2State(world);
  world.ecs = new EcsState(world);
  world.autoscaling = new AutoScalingState(world);
}

export function createWorld(opts: WorldOptions): World {
  const world = new World(opts);
  assignStates(world);
  return world;
}

/** Cancels every state's timers and the clock's; the runtime is the caller's to stop. */
export function stopStates(world: World): void {
  for (const key of STATE_KEYS) world[key]?.stop();
  world.clock.clear();
}

/** Makes the world a fresh account again (same id, region, clock and runtime object). */
export function resetWorld(world: World): void {
  stopStates(world);
  world.timeline.length = 0;
  world.calls.length = 0;
  world.imageBehaviours.clear();
  assignStates(world);
}

/** What a state file holds. Running tasks are not in it: the ECS scheduler reconciles after a load. */
export interface SavedWorld {
  format: 'ecs-emulator-state';
  version: 1;
  savedAt: string;
  accountId: string;
  region: string;
  imageBehaviours: Record<string, ImageBehaviour>;
  states: Record<StateKey, unknown>;
}

export function snapshotWorld(world: World): SavedWorld {
  const states = {} as Record<StateKey, unknown>;
  for (const key of STATE_KEYS) states[key] = world[key].snapshot();
  return {
    format: 'ecs-emulator-state',
    version: 1,
    savedAt: world.clock.now().toISOString(),
    accountId: world.accountId,
    region: world.region,
    imageBehaviours: Object.fromEntries(world.imageBehaviours),
    states,
  };
}

/** Replaces the world's states with fresh ones restored from a snapshot. */
export function restoreWorld(world: World, saved: unknown): void {
  const s = saved as Partial<SavedWorld> | null;
  if (!s || s.format !== 'ecs-emulator-state' || s.version !== 1 || !s.states) {
    throw new Error('not an emulator state file (expected format ecs-emulator-state, version 1)');
  }
  if (s.accountId !== world.accountId || s.region !== world.region) {
    throw new Error(
      `the state file is for account ${s.accountId} in ${s.region}, the emulator runs ${world.accountId} in ${world.region}`,
    );
  }
  stopStates(world);
  world.imageBehaviours.clear();
  for (const [image, b] of Object.entries(s.imageBehaviours ?? {})) world.imageBehaviours.set(image, b);
  assignStates(world);
  for (const key of STATE_KEYS) {
    if (s.states[key] !== undefined) world[key].restore(s.states[key]);
  }
}

export async function saveWorldToFile(world: World, file: string): Promise<string> {
  const full = pathLib.resolve(file);
  await fs.mkdir(pathLib.dirname(full), { recursive: true });
  // Write then rename, so a crash mid-write never leaves a half state file behind.
  const tmp = `${full}.${process.pid}.tmp`;
  await fs.writeFile(tmp, JSON.stringify(snapshotWorld(world), null, 2));
  await fs.rename(tmp, full);
  return full;
}

export async function loadWorldFromFile(world: World, file: string): Promise<string> {
  const full = pathLib.resolve(file);
  const text = await fs.readFile(full, 'utf8');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new Error(`${full} is not valid JSON: ${(e as Error).message}`);
  }
  restoreWorld(world, data);
  return full;
}
