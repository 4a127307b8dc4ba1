// [class 5] A promise-returning lookup resolves its promise with the parent from inside withUnbindGuard.
import type { device, pci } from '@bindsafe/kernel';
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export function parentWhenReady(dev: GpuDevice): Promise<pci.Device<device.Bound> | undefined> {
  return new Promise((resolve) => {
    const found = dev.withUnbindGuard((parent) => {
      resolve(parent); // expect: bindsafe/no-leaked-unbind-guard
      return true;
    });
    if (!found) resolve(undefined);
  });
}
