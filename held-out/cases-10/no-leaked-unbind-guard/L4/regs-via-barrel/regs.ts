// Register accessors that use the Bar only during the call.
import type { pci } from '@bindsafe/kernel';

export enum Engine {
  Gfx = 0,
  Copy = 1,
  Video = 2,
}

export function engineBusy(bar: pci.Bar, e: Engine): boolean {
  return (bar.read32(0x300 + e * 4) & 1) === 1;
}

export function stopEngine(bar: pci.Bar, e: Engine): void {
  bar.write32(0, 0x300 + e * 4);
}
