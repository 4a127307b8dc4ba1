// The "wake all cards" path uses a block-bodied forEach callback that checks and releases each guard. [class 7]
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export function wakeAll(cards: readonly GpuDevice[]): number {
  let awake = 0;
  cards.forEach((card) => {
    using guard = card.unbindGuard();
    if (!guard) return;
    guard.parent.asRef().info('wake');
    awake++;
  });
  return awake;
}
