// Valid: a register reader switches over an enum of banks, releasing the guard in finally.
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';

export enum Bank {
  Status,
  Clock,
  Thermal,
}

export function readBank(dev: drm.Device<GpuDrm>, bank: Bank): number {
  const guard = dev.unbindGuard();
  if (guard === undefined) return -1;
  try {
    return guard.registrationDataWith((_parent, data) => {
      switch (bank) {
        case Bank.Status:
          return data.bar.read32(0x00);
        case Bank.Clock:
          return data.bar.read32(0x20);
        case Bank.Thermal:
          return data.bar.read16(0x30);
        default:
          throw new RangeError(`unknown bank ${String(bank)}`);
      }
    });
  } finally {
    guard.release();
  }
}
