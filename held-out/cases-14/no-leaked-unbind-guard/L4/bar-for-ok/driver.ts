// A scanout observer keeps the flip status an mmio helper's BAR reports, for its next "flip" event. [class 3]
import type { GpuDevice } from '../../../../cases/_shared/gpu-drm.js';
import { barFor } from './mmio.js';

let flipStatus: number | undefined;
export const flips = new EventTarget();

export function armFlip(dev: GpuDevice): void {
  dev.withUnbindGuard((parent) => {
    const bar = barFor(dev.data.regs, parent);
    bar.write32(1, 0x200);
    flipStatus = bar.read32(0x204);
  });
}

export function lastFlipStatus(): number | undefined {
  return flipStatus;
}
