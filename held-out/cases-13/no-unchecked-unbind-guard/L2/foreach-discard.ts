// A "wake all cards" path maps every device to unbindGuard() inside forEach, which drops the results. [class 7]
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export function wakeAll(cards: readonly GpuDevice[]): number {
  cards.forEach((card) => card.unbindGuard()); // expect: bindsafe/no-unchecked-unbind-guard
  return cards.length;
}
