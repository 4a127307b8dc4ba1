// A fence query takes its guard from another module's `openSection` with `using` and reaches the registration data through `?.`, falling back with `??`. [class 8]
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../../cases/_shared/gpu-drm.js';
import { openSection } from './section.js';

const FENCE = 0x40;

export function lastFence(dev: drm.Device<GpuDrm>): number {
  using guard = openSection(dev);
  return guard?.registrationDataWith((_parent, data) => data.bar.read32(FENCE)) ?? 0;
}
