import type { platform } from '@bindsafe/kernel';

export const enum Reg {
  Ctrl = 0x00,
  IrqEnable = 0x08,
  IrqStatus = 0x0c,
}

/** Stops the block: masks and acks interrupts, then clears the control register. */
export function quiesce(io: platform.IoMem): void {
  io.write32(0, Reg.IrqEnable);
  io.write32(io.read32(Reg.IrqStatus), Reg.IrqStatus);
  io.write32(0, Reg.Ctrl);
}
