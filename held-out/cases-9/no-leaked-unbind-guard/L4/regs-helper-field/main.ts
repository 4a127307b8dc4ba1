// A display engine keeps the Bar another module mapped with the section's parent [class 3].
import type { drm, pci } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../../cases/_shared/gpu-drm.js';
import { mapRegs } from './regs.js';

export class DisplayEngine {
  #regs: pci.Bar | undefined;

  constructor(private readonly dev: drm.Device<GpuDrm>) {}

  init(): void {
    this.dev.withUnbindGuard((parent) => {
      this.#regs = mapRegs(this.dev, parent); // expect: bindsafe/no-leaked-unbind-guard
    });
  }

  vblankCount(): number {
    return this.#regs?.read32(0x70) ?? 0;
  }
}
