// The multi-GPU scheduler indexes plain id records, destructured off the guard's parent. [class 2]
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

const byCard = new Map<string, { readonly vendorId: number; readonly revision: number }>();

export function enrol(dev: GpuDevice): boolean {
  using guard = dev.unbindGuard();
  if (!guard) return false;
  const { vendorId, revision = 0 } = guard.parent;
  byCard.set(dev.name, { vendorId, revision });
  return true;
}

export const cards = (): string[] => [...byCard.keys()];
