// The helper module: picks the doorbell BAR out of the registration data.
import type { pci } from '@bindsafe/kernel';
import type { GpuRegData } from '../../../../cases/_shared/gpu-drm.js';

export const DOORBELL = 0x900;

export function doorbellOf(data: GpuRegData): pci.Bar {
  return data.bar;
}
