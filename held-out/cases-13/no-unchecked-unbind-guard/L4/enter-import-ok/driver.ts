// The engine-reset path returns false when the imported enterSection() gives undefined. [class 3]
import type { GpuDevice } from '../../../../cases/_shared/gpu-drm.js';
import { enterSection } from './lib/section.js';

export function resetEngine(dev: GpuDevice, engine: number): boolean {
  using guard = enterSection(dev);
  if (!guard) return false;
  guard.registrationDataWith((_parent, data) => data.bar.write32(1 << engine, 0x200));
  return true;
}
