// 'warm' falls through (empty case) into 'cold', which returns without releasing the guard. [class 1]
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export type ResetKind = 'hard' | 'warm' | 'cold';

export function reset(dev: GpuDevice, kind: ResetKind): number {
  const guard = dev.unbindGuard(); // expect: bindsafe/no-leaked-unbind-guard
  if (!guard) return -19;
  switch (kind) {
    case 'hard':
      guard.registrationDataWith((_parent, data) => data.bar.write32(1, 0x10));
      guard.release();
      return 0;
    case 'warm':
    case 'cold':
      return guard.parent.revision;
  }
}
