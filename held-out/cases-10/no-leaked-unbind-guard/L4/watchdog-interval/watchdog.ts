// A watchdog helper that pets the hardware periodically through the Bar it is given.
import type { pci } from '@bindsafe/kernel';

export function startWatchdog(bar: pci.Bar, periodMs = 500): ReturnType<typeof setInterval> {
  return setInterval(() => bar.write32(0xdead, 0xd0), periodMs);
}
