// A register journal pushes the words read from the registration data's BAR, not the BAR itself. [class 4]
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

const journal: number[] = [];

export const recordWord =
  (offset: number) =>
  (dev: GpuDevice): boolean => {
    using guard = dev.unbindGuard();
    if (!guard) return false;
    return guard.registrationDataWith((_parent, data) => {
      journal.push(data.bar.read32(offset));
      return true;
    });
  };

export const dump = (): readonly number[] => [...journal];
