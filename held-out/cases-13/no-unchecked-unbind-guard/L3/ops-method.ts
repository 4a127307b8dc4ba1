// A backend ops object (an interface with methods) enters the device; the caller asserts ops.enter(). [class 7]
import type { drm } from '@bindsafe/kernel';
import type { GpuDevice, GpuDrm } from '../../../cases/_shared/gpu-drm.js';

interface SectionOps {
  enter(dev: GpuDevice): drm.UnbindGuard<GpuDrm> | undefined;
  describe(dev: GpuDevice): string;
}

const ops: SectionOps = {
  enter(dev) {
    return dev.unbindGuard();
  },
  describe(dev) {
    return `${dev.name} (${dev.data.label})`;
  },
};

export function ringHead(dev: GpuDevice, ring: number): number {
  using guard = ops.enter(dev)!; // expect: bindsafe/no-unchecked-unbind-guard
  return guard.registrationDataWith((_parent, data) => data.bar.read32(0x700 + ring * 4));
}

export function label(dev: GpuDevice): string {
  return ops.describe(dev);
}
