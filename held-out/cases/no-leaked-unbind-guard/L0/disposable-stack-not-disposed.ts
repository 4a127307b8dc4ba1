// The guard is adopted by a DisposableStack that is never disposed (no using, nothing owns it). [class 1]
import type { GpuDevice } from '../../_shared/gpu-drm.js';

export function peekRevision(dev: GpuDevice): number {
  const stack = new DisposableStack();
  const guard = dev.unbindGuard(); // expect: bindsafe/no-leaked-unbind-guard
  if (!guard) return -1;
  stack.adopt(guard, (g) => g.release());
  return guard.parent.revision;
}
