// A PCI watchdog gathers the Sets its driver data holds into an array literal in unbind and only counts them; its own method disarms. [class 6]
import type { pci } from '@bindsafe/kernel';

class WatchdogData {
  readonly #armed = new Set<number>();
  readonly expired = new Set<number>();
  get armed(): ReadonlySet<number> {
    return this.#armed;
  }
  disarmAll(): number {
    const n = this.#armed.size;
    this.#armed.clear();
    return n;
  }
}

export const watchdogDriver: pci.Driver<WatchdogData> = {
  name: 'acc-wdt-ok',
  idTable: [{ vendor: 0x8086, device: 0x25ac }],
  probe: () => new WatchdogData(),
  unbind(pdev, data) {
    const sets = [data.armed, data.expired];
    const pending = sets.reduce((n, s) => n + s.size, 0);
    const disarmed = data.disarmAll();
    pdev.asRef().info(`acc-wdt-ok: ${pending} timers, ${disarmed} disarmed`);
  },
};
