// resolve() in a new Promise executor hands the parent to whoever awaits it. [class 8]
import type { device, pci } from '@bindsafe/kernel';
import type { GpuDevice } from '../../_shared/gpu-drm.js';

export function parentLater(dev: GpuDevice): Promise<pci.Device<device.Bound> | undefined> {
  return new Promise((resolve) => {
    dev.withUnbindGuard((parent) => resolve(parent)); // expect: bindsafe/no-leaked-unbind-guard
  });
}
