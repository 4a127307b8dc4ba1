// A module-level singleton gate that counts section entries.
import type { drm } from '@bindsafe/kernel';
import type { GpuDevice, GpuDrm } from '../../../../cases/_shared/gpu-drm.js';

export class SectionGate {
  static #instance: SectionGate | undefined;
  #entries = 0;

  private constructor() {}

  static shared(): SectionGate {
    return (SectionGate.#instance ??= new SectionGate());
  }

  open(dev: GpuDevice): drm.UnbindGuard<GpuDrm> | undefined {
    this.#entries++;
    return dev.unbindGuard();
  }

  get entries(): number {
    return this.#entries;
  }
}
