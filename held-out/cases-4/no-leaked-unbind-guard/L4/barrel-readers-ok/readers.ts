// The helper module: register readers that use the BAR only during the call.
import type { pci } from '@bindsafe/kernel';

export function readScanoutBase(bar: pci.Bar, head = 0): number {
  return bar.read32(0x6000 + head * 0x100);
}

export function readScanoutPitch(bar: pci.Bar, head = 0): number {
  return bar.read32(0x6004 + head * 0x100) & 0xffff;
}
