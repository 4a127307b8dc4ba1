// An EDID reader uses a default-exported acquire helper and casts away `undefined`. [class 8]
import type { drm } from '@bindsafe/kernel';
import type { GpuDevice, GpuDrm } from '../../../../cases/_shared/gpu-drm.js';
import acquire from './acquire.js';

export function readEdid(dev: GpuDevice, block = 0): Uint8Array {
  using guard = acquire(dev) as drm.UnbindGuard<GpuDrm>; // expect: bindsafe/no-unchecked-unbind-guard
  const edid = new Uint8Array(128);
  edid[0] = guard.parent.revision + block;
  return edid;
}
