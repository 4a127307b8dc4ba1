// The card enumerator registers each parent with a singleton registry that keeps only handles. [class 6]
import type { GpuDevice } from '../../../../cases/_shared/gpu-drm.js';
import { ParentRegistry } from './registry.js';

export function enumerate(devs: readonly GpuDevice[]): number {
  let count = 0;
  for (const dev of devs) {
    dev.withUnbindGuard((parent) => {
      ParentRegistry.shared().adopt(dev.name, parent);
      count++;
    });
  }
  return count;
}
