import type { pci } from '@bindsafe/kernel';

const byRing = new Map<number, pci.Bar>();
export const completionHandlers: Array<(ring: number) => void> = [];

/** Remembers the BAR a ring's completion handler writes its ack to. */
export function keep(ring: number, bar: pci.Bar): void {
  byRing.set(ring, bar);
  completionHandlers.push((done) => byRing.get(done)?.write32(done, 0x80));
}
