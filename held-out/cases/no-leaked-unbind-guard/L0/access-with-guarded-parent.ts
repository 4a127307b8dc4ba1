// A Bar obtained with the guard's parent as proof lives no longer than the section. [class 3]
import type { pci } from '@bindsafe/kernel';
import type { GpuDevice } from '../../_shared/gpu-drm.js';

let fastBar: pci.Bar | undefined;

export function mapFast(dev: GpuDevice): boolean {
  return (
    dev.withUnbindGuard((parent) => {
      fastBar = dev.data.regs.access(parent.asRef()); // expect: bindsafe/no-leaked-unbind-guard
      return true;
    }) ?? false
  );
}

export function fastRead(): number {
  return fastBar?.read32(0) ?? 0;
}
