// A register journal pushes the registration data's BAR into a module-level list for a later dump. [class 4]
import type { pci } from '@bindsafe/kernel';
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

const journal: pci.Bar[] = [];

export const recordBar = (dev: GpuDevice): boolean => {
  using guard = dev.unbindGuard();
  if (!guard) return false;
  return guard.registrationDataWith((_parent, data) => {
    journal.push(data.bar); // expect: bindsafe/no-leaked-unbind-guard
    return true;
  });
};

export const dump = (offset: number): number[] => journal.map((bar) => bar.read32(offset));
