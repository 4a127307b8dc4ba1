// Array callbacks read a block of registers while the section is open and return the numbers.
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';

export function dumpRegisters(dev: drm.Device<GpuDrm>, count = 4): number[] {
  using guard = dev.unbindGuard();
  if (!guard) return [];
  return guard.registrationDataWith((_p, data) =>
    Array.from({ length: count }, (_, i) => i * 4).map((offset) => data.bar.read32(offset)),
  );
}
