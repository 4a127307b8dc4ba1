// Helper module: a fixed-size ring of recently probed Bars, written by index assignment.
import type { pci } from '@bindsafe/kernel';

const RING_SIZE = 8;
const ring: (pci.Bar | undefined)[] = new Array<pci.Bar | undefined>(RING_SIZE);
let head = 0;

export function record(bar: pci.Bar): number {
  const slot = head;
  ring[slot] = bar;
  head = (head + 1) % RING_SIZE;
  return slot;
}
