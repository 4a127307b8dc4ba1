// [class 7] A register-reader registry keeps, in a module Map, a closure over the registration data's Bar.
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export type RegReader = () => number;

const readers = new Map<number, RegReader>();

export function installStatusReader(dev: GpuDevice, offset: number): boolean {
  using guard = dev.unbindGuard();
  if (!guard) return false;
  guard.registrationDataWith((_parent, data) => {
    readers.set(offset, () => data.bar.read32(offset)); // expect: bindsafe/no-leaked-unbind-guard
  });
  return true;
}

export function readerCount(): number {
  return readers.size;
}
