// Helper module: programs reset defaults into a Bar during the call and returns a summary.
import type { pci } from '@bindsafe/kernel';

export interface DefaultsReport {
  readonly written: number;
  readonly id: number;
}

export function programDefaults(bar: pci.Bar, table: ReadonlyMap<number, number>): DefaultsReport {
  let written = 0;
  for (const [offset, value] of table) {
    bar.write32(value, offset);
    written++;
  }
  return { written, id: bar.read32(0x00) };
}
