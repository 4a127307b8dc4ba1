// A rescan listener on the shared hotplug bus re-reads each card's BAR size and forgets cards whose guard is undefined. [class 7]
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';
import { hotplugEvents } from '../../../cases/_shared/timing.js';

export function trackBarSizes(cards: ReadonlySet<GpuDevice>): Map<string, number> {
  const sizes = new Map<string, number>();
  hotplugEvents.on('rescan', () => {
    for (const card of cards) {
      const size = card.withUnbindGuard((parent) => parent.resourceLen(1));
      if (size === undefined) sizes.delete(card.name);
      else sizes.set(card.name, size);
    }
  });
  return sizes;
}
