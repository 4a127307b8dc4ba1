// `=== undefined` throws ENODEV, after which a `!` on the narrowed guard is fine; released in `finally`. [class 1]
import { errors } from '@bindsafe/kernel';
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

interface RingState {
  readonly head: number;
  readonly tail: number;
}

export function ringState(dev: GpuDevice, ring: number): RingState {
  const guard = dev.unbindGuard();
  if (guard === undefined) throw new errors.KernelError('ENODEV', `${dev.name}: unplugged`);
  try {
    return guard!.registrationDataWith((_parent, data) => ({
      head: data.bar.read32(0x3000 + ring * 0x10),
      tail: data.bar.read32(0x3004 + ring * 0x10),
    }) satisfies RingState);
  } finally {
    guard.release();
  }
}
