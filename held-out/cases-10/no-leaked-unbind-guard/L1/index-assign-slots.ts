// A slot table stores the registration data's Bar by index assignment into a module array.
import type { device, drm, pci } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';

const slots: (pci.Bar | undefined)[] = new Array(4);

export function bindSlot(dev: drm.Device<GpuDrm>, idx: number): void {
  using guard = dev.unbindGuard();
  if (!guard) return;
  guard.registrationDataWith((_parent, data) => {
    slots[idx] = data.bar; // expect: bindsafe/no-leaked-unbind-guard
  });
}
