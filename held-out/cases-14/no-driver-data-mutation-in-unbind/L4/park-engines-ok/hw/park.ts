import type { pci } from '@bindsafe/kernel';

export interface EngineSlot {
  readonly offset: number;
  readonly name: string;
}

export function parkEngines(bar: pci.Bar, slots: readonly EngineSlot[]): string[] {
  const parked: string[] = [];
  for (const slot of slots) {
    bar.write32(0, slot.offset);
    parked.push(slot.name);
  }
  return parked;
}
