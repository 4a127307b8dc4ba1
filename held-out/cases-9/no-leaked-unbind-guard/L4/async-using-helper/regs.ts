// Register helpers that only use the Bar during the call.
import type { pci } from '@bindsafe/kernel';

export const enum Reg {
  Status = 0x10,
  Control = 0x14,
}

export function isIdle(bar: pci.Bar): boolean {
  return (bar.read32(Reg.Status) & 0x1) === 0;
}

export function kick(bar: pci.Bar): void {
  bar.write32(bar.read32(Reg.Control) | 0x2, Reg.Control);
}
