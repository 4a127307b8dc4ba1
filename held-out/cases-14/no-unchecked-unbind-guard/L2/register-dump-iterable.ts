// A debugfs-style register dump is an object literal whose [Symbol.iterator] generator method asserts the guard before reading each register window. [class 7]
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export function registerDump(dev: GpuDevice, offsets: readonly number[]): Iterable<string> {
  return {
    *[Symbol.iterator]() {
      for (const offset of offsets) {
        let value: number;
        {
          using guard = dev.unbindGuard()!; // expect: bindsafe/no-unchecked-unbind-guard
          value = guard.registrationDataWith((_pdev, data) => data.bar.read32(offset));
        }
        yield `${offset.toString(16).padStart(4, '0')}: ${value.toString(16).padStart(8, '0')}`;
      }
    },
  };
}
