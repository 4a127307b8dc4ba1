// A scanout observer caches the BAR an mmio helper opens with the guard's parent, for its next "flip" event. [class 3]
import type { pci } from '@bindsafe/kernel';
import type { GpuDevice } from '../../../../cases/_shared/gpu-drm.js';
import { barFor } from './mmio.js';

let flipBar: pci.Bar | undefined;
export const flips = new EventTarget();

export function armFlip(dev: GpuDevice): void {
  dev.withUnbindGuard((parent) => {
    const bar = barFor(dev.data.regs, parent);
    bar.write32(1, 0x200);
    flipBar = bar; // expect: bindsafe/no-leaked-unbind-guard
  });
}

export function flipArmed(): boolean {
  return flipBar !== undefined;
}
