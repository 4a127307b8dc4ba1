// A helper searches the counters with a labelled loop; the caller keeps the found key (a string).
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm, GpuRegData } from '../../../cases/_shared/gpu-drm.js';

function busiestRing(data: GpuRegData, rings: readonly number[][]): string | undefined {
  let best: string | undefined;
  let max = -1;
  groups: for (const group of rings) {
    for (const ring of group) {
      const value = data.counters[`ring${ring}`];
      if (value === undefined) continue groups;
      if (value > max) {
        max = value;
        best = `ring${ring}`;
      }
    }
  }
  return best;
}

export let busiest: string | undefined;

export function updateBusiest(dev: drm.Device<GpuDrm>): void {
  using guard = dev.unbindGuard();
  if (!guard) return;
  busiest = guard.registrationDataWith((_p, data) => busiestRing(data, [[0, 1], [2, 3]]));
}
