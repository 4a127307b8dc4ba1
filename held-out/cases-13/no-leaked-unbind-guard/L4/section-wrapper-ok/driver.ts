// A VRAM accounting path wraps its guard in a traced Section class, declared with `using`, whose dispose releases it. [class 1]
import type { GpuDevice } from '../../../../cases/_shared/gpu-drm.js';
import { Section } from './section.js';

const mib = (bytes: number): number => Math.floor(bytes / (1 << 20));

export function vramMiB(dev: GpuDevice): number {
  const guard = dev.unbindGuard();
  if (!guard) return 0;
  using section = new Section(guard, 'vram');
  return section.guard.registrationDataWith((_parent, data) => mib(data.vramSize));
}
