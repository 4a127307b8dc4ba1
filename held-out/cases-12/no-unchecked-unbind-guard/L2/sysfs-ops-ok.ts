// A sysfs attribute table is an object of methods; each handles the unplugged device. [class 7]
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export function makeAttrs(dev: GpuDevice) {
  return {
    name(): string {
      return dev.name;
    },
    revision(): string {
      using guard = dev.unbindGuard();
      return guard ? String(guard.parent.revision) : 'ENODEV';
    },
  } as const;
}
