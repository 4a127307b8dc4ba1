import type { pci } from '@bindsafe/kernel';

/** Starts the device self-test after `delayMs`. */
export default function scheduleSelftest(bar: pci.Bar, delayMs = 250): void {
  setTimeout(() => {
    bar.write8(1, 0x0);
  }, delayMs);
}
