// An assertion function (`asserts g is …`) handles `undefined` before the guard is used and released in `finally`.
import { errors, type drm } from '@bindsafe/kernel';
import type { GpuDevice, GpuDrm } from '../../../cases/_shared/gpu-drm.js';

function assertPlugged<G>(guard: G | undefined, name: string): asserts guard is G {
  if (guard === undefined) throw new errors.KernelError('ENODEV', `${name}: unplugged`);
}

export function readSerial(dev: GpuDevice): string {
  const guard: drm.UnbindGuard<GpuDrm> | undefined = dev.unbindGuard();
  assertPlugged(guard, dev.name);
  try {
    const [lo, hi] = guard.registrationDataWith((_parent, data) => [data.bar.read32(0x0f00), data.bar.read32(0x0f04)] as const);
    return `${hi.toString(16)}${lo.toString(16).padStart(8, '0')}`;
  } finally {
    guard.release();
  }
}
