// Reading through a Bar obtained with the section's parent, inside the section. [class 3]
import type { GpuDevice } from '../../_shared/gpu-drm.js';

const lastStatus = new Map<string, number>();

export function status(dev: GpuDevice): number {
  const value = dev.withUnbindGuard((parent) => dev.data.regs.access(parent.asRef()).read32(0x4)) ?? 0;
  lastStatus.set(dev.name, value);
  return value;
}
