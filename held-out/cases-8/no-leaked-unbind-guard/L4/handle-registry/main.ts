// Valid: the drm.Device handle and its Devres are filed in another module's registry; the guard is used with using.
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../../cases/_shared/gpu-drm.js';
import { lookup, register } from './registry.js';

export function enroll(name: string, dev: drm.Device<GpuDrm>): number {
  register(name, dev, dev.data.regs);
  const entry = lookup(name);
  if (entry === undefined) return 0;
  using guard = entry.dev.unbindGuard();
  if (guard === undefined) return 0;
  return entry.regs.access(guard.parent.asRef()).size;
}
