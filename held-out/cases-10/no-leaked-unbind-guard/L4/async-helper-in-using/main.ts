// A copy routine awaits an async DMA helper inside the guard's using block.
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../../cases/_shared/gpu-drm.js';
import { waitTransfer } from './dma.js';

export async function copyBlock(dev: drm.Device<GpuDrm>, src: number, dst: number): Promise<boolean> {
  using guard = dev.unbindGuard();
  if (!guard) return false;
  const bar = dev.data.regs.access(guard.parent.asRef());
  bar.write32(src, 0xf4);
  bar.write32(dst, 0xf8);
  return await waitTransfer(bar);
}
