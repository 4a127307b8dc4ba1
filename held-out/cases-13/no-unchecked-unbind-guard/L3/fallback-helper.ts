// A helper falls back to a mirror device with ??, still possibly undefined; the caller asserts it. [class 6]
import type { drm } from '@bindsafe/kernel';
import type { GpuDevice, GpuDrm } from '../../../cases/_shared/gpu-drm.js';

interface Pair {
  readonly primary: GpuDevice;
  readonly mirror?: GpuDevice;
}

function enterAny({ primary, mirror }: Pair): drm.UnbindGuard<GpuDrm> | undefined {
  return primary.unbindGuard() ?? mirror?.unbindGuard();
}

export function mirroredVram(pair: Pair): number {
  using guard = enterAny(pair)!; // expect: bindsafe/no-unchecked-unbind-guard
  return guard.registrationDataWith((_parent, data) => data.vramSize);
}
