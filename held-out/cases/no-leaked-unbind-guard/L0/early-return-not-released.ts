// A manually released guard skipped by an early return in a switch.
import type { GpuDevice } from '../../_shared/gpu-drm.js';

export function readStatus(dev: GpuDevice, which: 'id' | 'rev' | 'none'): number {
  const guard = dev.unbindGuard(); // expect: bindsafe/no-leaked-unbind-guard
  if (!guard) return 0;
  let value: number;
  switch (which) {
    case 'id':
      value = guard.parent.deviceId;
      break;
    case 'rev':
      value = guard.parent.revision;
      break;
    default:
      return -1;
  }
  guard.release();
  return value;
}
