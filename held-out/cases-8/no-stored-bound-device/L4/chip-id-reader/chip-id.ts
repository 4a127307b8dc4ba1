// Helper module: reads a chip id from a Bar during the call only; custom error for unknown chips.
import type { pci } from '@bindsafe/kernel';

export class UnknownChipError extends Error {
  constructor(readonly id: number) {
    super(`unknown chip 0x${id.toString(16)}`);
    this.name = 'UnknownChipError';
  }
}

const KNOWN = new Set([0x5a01, 0x5a02]);

export function readChipId(bar: pci.Bar): number {
  const id = bar.read32(0x00) & 0xffff;
  if (!KNOWN.has(id)) throw new UnknownChipError(id);
  return id;
}
