// A display engine keeps the BAR mapped with the guarded parent in a private array field.
import type { drm, pci } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../../cases/_shared/gpu-drm.js';
import { mapRegisters } from './regs.js';

export class DisplayEngine {
  readonly #planes: pci.Bar[] = [];

  addPlane(dev: drm.Device<GpuDrm>): number {
    using guard = dev.unbindGuard();
    if (guard === undefined) return this.#planes.length;
    const bar = mapRegisters(dev.data.regs, guard.parent);
    this.#planes.push(bar); // expect: bindsafe/no-leaked-unbind-guard
    return this.#planes.length;
  }
}
