// A rescan listener on the shared hotplug bus re-reads each card's BAR size; the listener asserts the guard, though rescans are exactly when cards vanish. [class 7]
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';
import { hotplugEvents } from '../../../cases/_shared/timing.js';

export function trackBarSizes(cards: ReadonlySet<GpuDevice>): Map<string, number> {
  const sizes = new Map<string, number>();
  hotplugEvents.on('rescan', () => {
    for (const card of cards) {
      using guard = card.unbindGuard();
      sizes.set(card.name, guard!.parent.resourceLen(1)); // expect: bindsafe/no-unchecked-unbind-guard
    }
  });
  return sizes;
}
