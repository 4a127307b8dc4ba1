// The GPU-reset module's helper passes the result on; the caller returns early when unplugged. [class 3]
import type { drm } from '@bindsafe/kernel';
import type { GpuDevice, GpuDrm } from '../../../cases/_shared/gpu-drm.js';

function enterSection(dev: GpuDevice): drm.UnbindGuard<GpuDrm> | undefined {
  return dev.unbindGuard();
}

export function resetEngine(dev: GpuDevice, engine: number): boolean {
  using guard = enterSection(dev);
  if (!guard) return false;
  guard.registrationDataWith((_parent, data) => data.bar.write32(1 << engine, 0x200));
  return true;
}
