// The parent's name is read after the guard was released, to build a log line.
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export function resetEngine(dev: GpuDevice): string {
  const guard = dev.unbindGuard();
  if (!guard) return 'unplugged';
  guard.parent.asRef().info('engine reset');
  guard.release();
  return `reset done on ${guard.parent.name}`; // expect: bindsafe/no-leaked-unbind-guard
}
