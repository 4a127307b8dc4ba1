// Helper module: plain firmware header parsing, nothing unsafe.
import type { pci } from '@bindsafe/kernel';

export const enum FwField {
  Magic = 0x00,
  Version = 0x04,
}

export function readField(bar: pci.Bar, field: FwField): number {
  return bar.read32(field);
}
