// A multi-GPU scheduler indexes bound parents by DRM name after destructuring them off the guard. [class 6]
import type { device, pci } from '@bindsafe/kernel';
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

const byCard = new Map<string, pci.Device<device.Bound>>();

export function enrol(dev: GpuDevice): boolean {
  using guard = dev.unbindGuard();
  if (!guard) return false;
  const { parent } = guard;
  byCard.set(dev.name, parent); // expect: bindsafe/no-leaked-unbind-guard
  return true;
}

export const cards = (): string[] => [...byCard.keys()];
