// A class field holding a tagged arrow function, called in a generator-consuming closure with a comment.
import type { device } from '@bindsafe/kernel';

export class Lanes {
  constructor(private readonly lanes: readonly device.Device[]) {}

  /** @unsafe the lane must be bound to its driver while the returned name is computed. */
  readonly laneName = (lane: device.Device): string => {
    // SAFETY: this field's own contract: the caller vouches for the binding.
    return lane.unsafeAsBound().name;
  };

  *#each(): Generator<device.Device> {
    yield* this.lanes;
  }

  describe(): string[] {
    const out: string[] = [];
    const take = (lane: device.Device): void => {
      // SAFETY: `describe` is called from probe only, while every lane is bound.
      out.push(this.laneName(lane));
    };
    for (const lane of this.#each()) take(lane);
    return out;
  }
}
