import type { World } from '../../core/world';

// Placeholder until this service's state is written; see docs/architecture.md for the methods it must offer.
export class AutoScalingState {
  constructor(readonly world: World) {}
  snapshot(): unknown {
    return {};
  }
  restore(_data: unknown): void {}
  stop(): void {}
}
