// A slot helper: stash() puts the Bar in the slot object it is given.
import type { pci } from '@bindsafe/kernel';

export interface BarSlot {
  bar?: pci.Bar;
  since: number;
}

export function stash(slot: BarSlot, bar: pci.Bar): void {
  slot.bar = bar;
  slot.since = Date.now();
}
