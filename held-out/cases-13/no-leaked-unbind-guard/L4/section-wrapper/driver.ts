// A VRAM accounting path wraps its guard in a traced Section class whose dispose forgets to release the guard. [class 1]
import type { GpuDevice } from '../../../../cases/_shared/gpu-drm.js';
import { Section } from './section.js';

const mib = (bytes: number): number => Math.floor(bytes / (1 << 20));

export function vramMiB(dev: GpuDevice): number {
  const guard = dev.unbindGuard(); // expect: bindsafe/no-leaked-unbind-guard
  if (!guard) return 0;
  using section = new Section(guard, 'vram');
  return section.guard.registrationDataWith((_parent, data) => mib(data.vramSize));
}
