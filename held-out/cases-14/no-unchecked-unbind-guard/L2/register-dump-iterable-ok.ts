// A debugfs-style register dump is an object literal whose [Symbol.iterator] generator method ends the dump when the guard comes back undefined. [class 7]
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export function registerDump(dev: GpuDevice, offsets: readonly number[]): Iterable<string> {
  return {
    *[Symbol.iterator]() {
      for (const offset of offsets) {
        let value: number;
        {
          using guard = dev.unbindGuard();
          if (!guard) return;
          value = guard.registrationDataWith((_pdev, data) => data.bar.read32(offset));
        }
        yield `${offset.toString(16).padStart(4, '0')}: ${value.toString(16).padStart(8, '0')}`;
      }
    },
  };
}
