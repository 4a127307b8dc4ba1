// Two guards collected in an array literal; the first element is asserted instead of checked.
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export function firstVendor(a: GpuDevice, b: GpuDevice): number {
  const guards = [a.unbindGuard(), b.unbindGuard()];
  const [first] = guards;
  try {
    return first!.parent.vendorId; // expect: bindsafe/no-unchecked-unbind-guard
  } finally {
    for (const guard of guards) guard?.release();
  }
}
