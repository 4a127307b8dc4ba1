// A PCI watchdog class driver calls a rest-parameter helper that deletes ids from the Set it is given: its data's armed set.
import type { device, pci } from '@bindsafe/kernel';

interface WdtData {
  readonly armed: Set<number>;
}

function forget(set: Set<number>, ...ids: number[]): void {
  for (const id of ids) set.delete(id);
}

export class PciWdtDriver implements pci.Driver<WdtData> {
  readonly name = 'h8-pci-wdt';
  readonly idTable = [{ vendor: 0x8086, device: 0x25ab }];

  probe(_pdev: pci.Device<device.Core>): WdtData {
    return { armed: new Set([0, 1]) };
  }

  unbind(_pdev: pci.Device<device.Core>, data: Readonly<WdtData>): void {
    forget(data.armed, 0, 1); // expect: bindsafe/no-driver-data-mutation-in-unbind
  }
}
