import type { World } from './world';

/**
 * A service's link from a world to its own concrete state. The world holds the state under its
 * contract (core/contracts.ts) for everybody else; the service's own operations need the whole class.
 */
export interface OwnState<S> {
  /** Called by the state's constructor. */
  register(world: World, state: S): void;
  of(world: World): S;
}

export function ownState<S>(service: string): OwnState<S> {
  const states = new WeakMap<World, S>();
  return {
    register(world, state) {
      states.set(world, state);
    },
    of(world) {
      const state = states.get(world);
      if (!state) throw new Error(`this world has no ${service} state`);
      return state;
    },
  };
}
