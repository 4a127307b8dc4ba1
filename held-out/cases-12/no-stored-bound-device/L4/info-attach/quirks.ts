import type { pci } from '@bindsafe/kernel';

export interface Quirk {
  readonly model: string;
  ring?: pci.Bar;
}

export const quirks = {
  e1000: { model: 'e1000-lite' } as Quirk,
} as const;

/** Attaches the ring BAR to a quirk entry so later quirk fixups can reach it. */
export function attachRing(target: Quirk, ring: pci.Bar): void {
  target.ring = ring;
}
