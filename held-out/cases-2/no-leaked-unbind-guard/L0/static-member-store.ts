// A class's static slot is module-lived: the guarded callback's parent is stored there. [class 8]
import type { device, pci } from '@bindsafe/kernel';
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export class LastSeen {
  static parent: pci.Device<device.Bound> | undefined;
  static count = 0;

  static note(dev: GpuDevice): boolean {
    return (
      dev.withUnbindGuard((parent) => {
        LastSeen.count += 1;
        LastSeen.parent = parent; // expect: bindsafe/no-leaked-unbind-guard
        return true;
      }) ?? false
    );
  }
}
