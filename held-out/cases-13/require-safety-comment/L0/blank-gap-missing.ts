// A watchdog driver's kick routine has its SAFETY comment separated from the unsafe call by a blank line.
import type { devres, platform } from '@bindsafe/kernel';

export interface Watchdog {
  readonly pdev: platform.Device;
  readonly mmio: devres.Devres<platform.IoMem>;
}

export function kick(wdt: Watchdog, timeoutMs: number): void {
  // SAFETY: kick runs only from the watchdog's own IRQ, freed before unbind completes. // expect: bindsafe/require-safety-comment

  const bound = wdt.pdev.asRef().unsafeAsBound(); // expect: bindsafe/require-safety-comment
  wdt.mmio.access(bound).write32(timeoutMs >>> 0, 0x08);
}
