// An async iterator of fence values is consumed with for await inside the guard's using block.
import type { device, drm, pci } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';
import { pause } from '../../../cases/_shared/timing.js';

async function* fences(count: number): AsyncGenerator<number> {
  for (let i = 0; i < count; i++) {
    await pause(1);
    yield i;
  }
}

export async function signalFences(dev: drm.Device<GpuDrm>, count: number): Promise<void> {
  using guard = dev.unbindGuard();
  if (!guard) return;
  const bar = dev.data.regs.access(guard.parent.asRef());
  for await (const seq of fences(count)) {
    bar.write32(seq, 0x70);
  }
}
