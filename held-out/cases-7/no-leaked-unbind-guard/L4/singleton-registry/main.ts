// [class 8] The guard's parent is given to a singleton registry in another module that keeps it.
import type { GpuDevice } from '../../../../cases/_shared/gpu-drm.js';
import { DeviceRegistry } from './registry.js';

export function announce(dev: GpuDevice): number {
  return (
    dev.withUnbindGuard((parent) => {
      return DeviceRegistry.shared().adopt(parent); // expect: bindsafe/no-leaked-unbind-guard
    }) ?? 0
  );
}
