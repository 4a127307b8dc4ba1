// A NIC helper throws for an unplugged device itself; the caller uses its result under `using`.
import type { drm } from '@bindsafe/kernel';
import type { GpuDevice, GpuDrm } from '../../../cases/_shared/gpu-drm.js';

function requireSection(dev: GpuDevice, what: string): drm.UnbindGuard<GpuDrm> {
  const guard = dev.unbindGuard();
  if (!guard) throw new Error(`${what}: ${dev.name} is unplugged`);
  return guard;
}

export function macHigh(dev: GpuDevice): number {
  using guard = requireSection(dev, 'macHigh');
  return guard.registrationDataWith((_parent, data) => data.bar.read32(0x04) >>> 16);
}
