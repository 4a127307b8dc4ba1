// A helper that reads a table of register offsets through the Bar it is given, during the call.
import type { pci } from '@bindsafe/kernel';

export const OFFSETS = { status: 0x00, irqMask: 0x04, fence: 0x10 } as const;

export function readAll(bar: pci.Bar): Record<keyof typeof OFFSETS, number> {
  const out = {} as Record<keyof typeof OFFSETS, number>;
  for (const [name, offset] of Object.entries(OFFSETS) as [keyof typeof OFFSETS, number][]) {
    out[name] = bar.read32(offset);
  }
  return out;
}
