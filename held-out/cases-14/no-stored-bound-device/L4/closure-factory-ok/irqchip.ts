// irqchip helpers: builds mask/unmask callbacks over a controller's registers.
import type { platform } from '@bindsafe/kernel';

export type IrqMaskFn = (hwirq: number, masked: boolean) => void;

const IC_MASK = 0x04;

export function irqchip_make_mask(io: platform.IoMem): IrqMaskFn {
  return (hwirq, masked) => {
    const v = io.read32(IC_MASK);
    io.write32(masked ? v | (1 << hwirq) : v & ~(1 << hwirq), IC_MASK);
  };
}
