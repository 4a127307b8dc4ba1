// The guard is kept in a local object literal, checked through it, released in finally. [class 2]
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export function stamp(dev: GpuDevice): string {
  const ctx = { guard: dev.unbindGuard(), at: Date.now() };
  if (!ctx.guard) return 'unplugged';
  try {
    return `${ctx.guard.parent.name}@${ctx.at}`;
  } finally {
    ctx.guard.release();
  }
}
