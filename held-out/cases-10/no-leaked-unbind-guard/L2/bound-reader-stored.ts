// A register reader is made with bind on the Bar and kept in a field.
import type { device, drm, pci } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';

export class RegReader {
  #read: ((offset: number) => number) | undefined;

  constructor(private readonly dev: drm.Device<GpuDrm>) {}

  open(): void {
    using guard = this.dev.unbindGuard();
    if (!guard) return;
    const bar = this.dev.data.regs.access(guard.parent.asRef());
    this.#read = bar.read32.bind(bar); // expect: bindsafe/no-leaked-unbind-guard
  }

  peek(offset: number): number {
    return this.#read?.(offset) ?? 0;
  }
}
