import type { pci } from '@bindsafe/kernel';

const acked = new Map<number, number>();
export const completionHandlers: Array<(ring: number) => void> = [];

/** Acks a ring on the BAR right away and remembers the value written. */
export function ackNow(ring: number, bar: pci.Bar): number {
  bar.write32(ring, 0x80);
  acked.set(ring, bar.read32(0x80));
  completionHandlers.forEach((handler) => handler(ring));
  return acked.size;
}
