// The helper module: defers a cache flush to a microtask that writes the BAR it was given.
import type { pci } from '@bindsafe/kernel';

const FLUSH = 0x0040;

export function deferFlush(bar: pci.Bar, mask = 0x1): void {
  queueMicrotask(() => bar.write32(mask, FLUSH));
}
