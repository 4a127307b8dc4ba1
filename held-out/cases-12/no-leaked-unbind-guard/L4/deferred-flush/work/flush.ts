// Deferred cache flush: writes the flush register from a timer.
import type { pci } from '@bindsafe/kernel';

export default function flushSoon(bar: pci.Bar, delayMs = 16): void {
  setTimeout(() => bar.write32(1, 0x0c), delayMs);
}
