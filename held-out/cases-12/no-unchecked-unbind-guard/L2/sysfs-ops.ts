// A sysfs attribute table is an object of methods; one of them asserts the guard. [class 7]
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export function makeAttrs(dev: GpuDevice) {
  return {
    name(): string {
      return dev.name;
    },
    revision(): string {
      using guard = dev.unbindGuard()!; // expect: bindsafe/no-unchecked-unbind-guard
      return String(guard.parent.revision);
    },
  } as const;
}
