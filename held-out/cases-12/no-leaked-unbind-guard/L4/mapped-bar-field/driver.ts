// A vblank counter caches the BAR it mapped through the guard's parent in an instance field. [class 3]
import type { pci } from '@bindsafe/kernel';
import type { GpuDevice } from '../../../../cases/_shared/gpu-drm.js';
import { mapFor } from './io/map.js';

export class VblankCounter {
  #bar?: pci.Bar;

  constructor(readonly dev: GpuDevice) {}

  read(): number | undefined {
    using guard = this.dev.unbindGuard();
    if (!guard) return undefined;
    this.#bar = mapFor(this.dev.data.regs, guard.parent); // expect: bindsafe/no-leaked-unbind-guard
    return this.#bar.read32(0x60);
  }
}
