// A Bar obtained in another module with the section's parent as proof is stored; a read is fine. [class 3]
import type { pci } from '@bindsafe/kernel';
import type { GpuDevice } from '../../../_shared/gpu-drm.js';
import { readReg, registersOf } from './mmio.js';

export const mapped = new WeakMap<GpuDevice, pci.Bar>();

export function mapAndRead(dev: GpuDevice): number {
  return (
    dev.withUnbindGuard((parent) => {
      const id = readReg(dev, parent.asRef(), 0);
      mapped.set(dev, registersOf(dev, parent.asRef())); // expect: bindsafe/no-leaked-unbind-guard
      return id;
    }) ?? 0
  );
}
