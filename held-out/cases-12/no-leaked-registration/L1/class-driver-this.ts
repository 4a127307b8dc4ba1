// A class-based PCI driver keeps the watchdog child it creates on its own `this` (the driver object outlives every binding). [class 6]
import { auxiliary, type device, type pci } from '@bindsafe/kernel';

abstract class BaseDriver<T> implements pci.Driver<T> {
  abstract readonly name: string;
  abstract readonly idTable: readonly pci.IdEntry[];
  protected probes = 0;
  abstract probe(pdev: pci.Device<device.Core>, info: unknown): T;
}

class WatchdogHost extends BaseDriver<{ readonly probeNo: number }> {
  readonly name = 'wdt-host';
  readonly idTable = [{ vendor: 0x8086, device: 0x25ab }];
  #child: auxiliary.Registration | undefined;

  probe(pdev: pci.Device<device.Core>) {
    this.probes++;
    this.#child = auxiliary.Registration.new(pdev.asRef(), 'watchdog', this.probes, 'wdt_host'); // expect: bindsafe/no-leaked-registration
    return { probeNo: this.probes };
  }

  get childName(): string | undefined {
    return this.#child?.name;
  }
}

export const watchdogHost = new WatchdogHost();
