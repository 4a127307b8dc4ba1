// A DMA submission queue module: keeps the Bars it is given until a flush.
import type { pci } from '@bindsafe/kernel';

const pendingBars: pci.Bar[] = [];

export function enqueueBar(bar: pci.Bar): number {
  pendingBars.push(bar);
  return pendingBars.length;
}

export function pendingCount(): number {
  return pendingBars.length;
}
