// A readiness promise is resolved with the guarded parent through an alias of the executor's resolve.
import type { drm, pci } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';

export function parentWhenReady(dev: drm.Device<GpuDrm>): Promise<pci.Device | undefined> {
  return new Promise((resolve) => {
    const settle = resolve;
    const entered = dev.withUnbindGuard((parent) => {
      settle(parent); // expect: bindsafe/no-leaked-unbind-guard
      return true;
    });
    if (entered === undefined) settle(undefined);
  });
}
