// System resume wakes every card concurrently with Promise.all, asserting each guard in the async callback. [class 5]
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';
import { pause } from '../../../cases/_shared/timing.js';

export async function resumeAll(cards: readonly GpuDevice[]): Promise<number[]> {
  return Promise.all(
    cards.map(async (card) => {
      using guard = card.unbindGuard()!; // expect: bindsafe/no-unchecked-unbind-guard
      await pause(1);
      return guard.parent.revision;
    }),
  );
}
