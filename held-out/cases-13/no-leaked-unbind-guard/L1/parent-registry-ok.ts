// A multi-GPU registry destructures the parent's ids (numbers) out of the guard and files them by DRM name. [class 2]
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

interface Ids {
  readonly vendorId: number;
  readonly deviceId: number;
}

const ids = new Map<string, Ids>();

export const enroll = (dev: GpuDevice): boolean => {
  using guard = dev.unbindGuard();
  if (!guard) return false;
  const { vendorId, deviceId } = guard.parent;
  guard.parent.asRef().info(`enrolling ${dev.name}`);
  ids.set(dev.name, { vendorId, deviceId });
  return true;
};

export const enrolled = (): string[] => [...ids.keys()].sort();
