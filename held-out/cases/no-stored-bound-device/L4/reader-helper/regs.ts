// Register accessors: read and write during the call only.
import type { pci } from '@bindsafe/kernel';

export const REG_ID = 0x0;
export const REG_CTRL = 0x4;

export function readId(bar: pci.Bar): number {
  return bar.read32(REG_ID);
}

export function enable(bar: pci.Bar, on: boolean): void {
  bar.write32(on ? 1 : 0, REG_CTRL);
}
