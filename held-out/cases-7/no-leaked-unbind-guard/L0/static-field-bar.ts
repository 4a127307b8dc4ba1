// A panel status class keeps the registration data's Bar in a static field from inside registrationDataWith.
import type { pci } from '@bindsafe/kernel';
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export class PanelStatus {
  static lastBar: pci.Bar | undefined;

  static refresh(dev: GpuDevice): number {
    using guard = dev.unbindGuard();
    if (guard === undefined) return -1;
    return guard.registrationDataWith((_parent, data) => {
      PanelStatus.lastBar = data.bar; // expect: bindsafe/no-leaked-unbind-guard
      return data.bar.size;
    });
  }
}
