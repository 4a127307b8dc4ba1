// The guarded parent resolves a promise that a Promise.race hands out later. [class 5]
import type { device, pci } from '@bindsafe/kernel';
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';
import { pause } from '../../../cases/_shared/timing.js';

export function firstParent(dev: GpuDevice): Promise<pci.Device<device.Bound> | void> {
  const found = new Promise<pci.Device<device.Bound>>((resolve) => {
    dev.withUnbindGuard((parent) => {
      resolve(parent); // expect: bindsafe/no-leaked-unbind-guard
    });
  });
  return Promise.race([found, pause(100)]);
}
