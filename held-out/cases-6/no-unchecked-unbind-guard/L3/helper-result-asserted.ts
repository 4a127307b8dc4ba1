// [class 8] A display driver's helper passes the guard on from one of two heads; the caller asserts it with `!`.
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

function headGuard(heads: readonly GpuDevice[], index: number) {
  const head = heads[index % heads.length];
  return head?.unbindGuard();
}

export function headId(heads: readonly GpuDevice[], index: number): number {
  using guard = headGuard(heads, index)!; // expect: bindsafe/no-unchecked-unbind-guard
  return guard.parent.deviceId;
}
