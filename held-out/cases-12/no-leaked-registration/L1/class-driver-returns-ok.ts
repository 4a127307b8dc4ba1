// A class-based PCI driver counts its probes on `this` and returns the watchdog child it creates in the driver data. [class 6]
import { auxiliary, type device, type pci } from '@bindsafe/kernel';

abstract class BaseDriver<T> implements pci.Driver<T> {
  abstract readonly name: string;
  abstract readonly idTable: readonly pci.IdEntry[];
  protected probes = 0;
  abstract probe(pdev: pci.Device<device.Core>, info: unknown): T;
}

interface WatchdogData {
  readonly probeNo: number;
  readonly child: auxiliary.Registration;
}

class WatchdogHost extends BaseDriver<WatchdogData> {
  readonly name = 'wdt-host';
  readonly idTable = [{ vendor: 0x8086, device: 0x25ab }];

  probe(pdev: pci.Device<device.Core>): WatchdogData {
    this.probes++;
    const child = auxiliary.Registration.new(pdev.asRef(), 'watchdog', this.probes, 'wdt_host');
    return { probeNo: this.probes, child };
  }
}

export const watchdogHost = new WatchdogHost();
