// Requires a live section, throwing SectionUnavailable once the device is unplugged.
import type { drm } from '@bindsafe/kernel';
import type { GpuDevice, GpuDrm } from '../../../../../cases/_shared/gpu-drm.js';

export class SectionUnavailable extends Error {
  constructor(readonly device: string) {
    super(`${device}: no critical section, device unplugged`);
  }
}

export function requireSection(dev: GpuDevice): drm.UnbindGuard<GpuDrm> {
  const guard = dev.unbindGuard();
  if (!guard) throw new SectionUnavailable(dev.name);
  return guard;
}
