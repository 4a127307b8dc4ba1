// A card enumerator registers each bound parent with a singleton registry from another module. [class 6]
import type { GpuDevice } from '../../../../cases/_shared/gpu-drm.js';
import { ParentRegistry } from './registry.js';

export function enumerate(devs: readonly GpuDevice[]): number {
  let count = 0;
  for (const dev of devs) {
    dev.withUnbindGuard((parent) => {
      ParentRegistry.shared().adopt(dev.name, parent); // expect: bindsafe/no-leaked-unbind-guard
      count++;
    });
  }
  return count;
}
