// The parent is read again after the guard was released.
import type { GpuDevice } from '../../_shared/gpu-drm.js';

export function describeParent(dev: GpuDevice): string {
  const guard = dev.unbindGuard();
  if (!guard) return 'unplugged';
  const id = guard.parent.deviceId;
  guard.release();
  const rev = guard.parent.revision; // expect: bindsafe/no-leaked-unbind-guard
  return `${id.toString(16)} rev ${rev}`;
}
