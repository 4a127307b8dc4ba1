// A PCI watchdog gathers the Sets its driver data holds into an array literal and clears each one in a for...of. [class 6]
import type { pci } from '@bindsafe/kernel';

class WatchdogData {
  readonly armed = new Set<number>();
  readonly expired = new Set<number>();
  constructor(readonly timeoutMs: number) {}
  get idle(): boolean {
    return this.armed.size === 0 && this.expired.size === 0;
  }
}

export const watchdogDriver: pci.Driver<WatchdogData> = {
  name: 'acc-wdt',
  idTable: [{ vendor: 0x8086, device: 0x25ab }],
  probe: () => new WatchdogData(30_000),
  unbind(pdev, data) {
    if (data.idle) return;
    const sets = [data.armed, data.expired] as const;
    for (const timers of sets) {
      timers.clear(); // expect: bindsafe/no-driver-data-mutation-in-unbind
    }
  },
};
