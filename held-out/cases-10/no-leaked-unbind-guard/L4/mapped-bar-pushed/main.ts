// A multi-GPU pool collects the BARs returned by an imported helper into a module-level array.
import type { device, drm, pci } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../../cases/_shared/gpu-drm.js';
import { regsFor } from './mmio.js';

const pool: pci.Bar[] = [];

export function addToPool(devs: readonly drm.Device<GpuDrm>[]): void {
  for (const dev of devs) {
    using guard = dev.unbindGuard();
    if (!guard) continue;
    pool.push(regsFor(dev, guard.parent)); // expect: bindsafe/no-leaked-unbind-guard
  }
}
