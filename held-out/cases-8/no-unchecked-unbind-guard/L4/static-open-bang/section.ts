// A tiny section utility with a static entry point and an open counter.
import type { drm } from '@bindsafe/kernel';
import type { GpuDevice, GpuDrm } from '../../../../cases/_shared/gpu-drm.js';

export class Section {
  static #opened = 0;

  static open(dev: GpuDevice): drm.UnbindGuard<GpuDrm> | undefined {
    Section.#opened += 1;
    return dev.unbindGuard();
  }

  static get opened(): number {
    return Section.#opened;
  }
}
