// A multi-GPU registry destructures the bound parent out of the guard and files it by DRM name. [class 6]
import type { device, pci } from '@bindsafe/kernel';
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

const parents = new Map<string, pci.Device<device.Bound>>();

export const enroll = (dev: GpuDevice): boolean => {
  using guard = dev.unbindGuard();
  if (!guard) return false;
  const { parent } = guard;
  parent.asRef().info(`enrolling ${dev.name}`);
  parents.set(dev.name, parent); // expect: bindsafe/no-leaked-unbind-guard
  return true;
};

export const enrolled = (): string[] => [...parents.keys()].sort();
