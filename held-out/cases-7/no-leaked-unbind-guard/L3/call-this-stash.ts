// [class 7] A `this`-typed helper invoked with `.call(cache, …)` appends the registration data's pdev to the cache's list.
import type { device, pci } from '@bindsafe/kernel';
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

interface DeviceCache {
  readonly entries: pci.Device<device.Bound>[];
}

const cache: DeviceCache = { entries: [] };

function stash(this: DeviceCache, pdev: pci.Device<device.Bound>): void {
  this.entries.push(pdev);
}

export function cacheOwner(dev: GpuDevice): void {
  using guard = dev.unbindGuard();
  if (guard === undefined) return;
  guard.registrationDataWith((_parent, data) => {
    stash.call(cache, data.pdev); // expect: bindsafe/no-leaked-unbind-guard
  });
}
