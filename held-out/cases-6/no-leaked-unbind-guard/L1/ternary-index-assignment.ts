// [class 6] A storage driver files either the bar or the pci device of the registration data into a module slot table.
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export const slots: unknown[] = [];

export function fileSlot(dev: GpuDevice, slot: number, wantBar: boolean): void {
  using guard = dev.unbindGuard();
  if (!guard) return;
  guard.registrationDataWith((_parent, data) => {
    slots[slot] = wantBar ? data.bar : data.pdev; // expect: bindsafe/no-leaked-unbind-guard
  });
}
