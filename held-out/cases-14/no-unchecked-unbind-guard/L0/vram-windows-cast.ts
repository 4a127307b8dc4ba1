// A custom iterable splits the GPU's VRAM BAR into fixed windows; its size lookup casts the unbindGuard() result to a guard, as if the card could not be unplugged. [class 8]
import type { drm } from '@bindsafe/kernel';
import type { GpuDevice, GpuDrm } from '../../../cases/_shared/gpu-drm.js';

export class VramWindows implements Iterable<readonly [offset: number, length: number]> {
  constructor(private readonly dev: GpuDevice, private readonly windowSize = 0x10000) {}

  #barSize(): number {
    using guard = this.dev.unbindGuard() as drm.UnbindGuard<GpuDrm>; // expect: bindsafe/no-unchecked-unbind-guard
    return guard.parent.resourceLen(1);
  }

  *[Symbol.iterator](): Iterator<readonly [offset: number, length: number]> {
    const total = this.#barSize();
    for (let offset = 0; offset < total; offset += this.windowSize) {
      yield [offset, Math.min(this.windowSize, total - offset)] as const;
    }
  }
}
