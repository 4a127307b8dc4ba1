// Helper module: decodes the identification registers of the PMIC.
import type { pci } from '@bindsafe/kernel';

export interface ChipId {
  readonly major: number;
  readonly minor: number;
}

export function readChipId(bar: pci.Bar): ChipId {
  const raw = bar.read32(0x00);
  return { major: raw >>> 16, minor: raw & 0xffff };
}
