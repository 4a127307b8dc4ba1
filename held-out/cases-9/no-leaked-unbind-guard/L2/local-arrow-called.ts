// A small local arrow reads registers and is called twice before the callback returns [class 7].
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';

export function fenceSeqno(dev: drm.Device<GpuDrm>): bigint | undefined {
  return dev.withUnbindGuard((parent) => {
    const bar = dev.data.regs.access(parent.asRef());
    const readReg = (offset: number): number => bar.read32(offset) >>> 0;
    return (BigInt(readReg(0x84)) << 32n) | BigInt(readReg(0x80));
  });
}
