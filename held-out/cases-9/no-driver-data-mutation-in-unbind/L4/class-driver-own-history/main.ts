// A class-based PCI driver records each unbind in its own history field through an imported helper: the driver's state, not the data.
import type { device, pci } from '@bindsafe/kernel';
import { record } from './history.js';

interface CardData {
  readonly serial: string;
}

export class CardDriver implements pci.Driver<CardData> {
  readonly name = 'h9-card-history';
  readonly idTable = [{ vendor: 0x1b21, device: 0x2142 }];
  readonly history: string[] = [];

  probe(pdev: pci.Device<device.Core>): CardData {
    return { serial: `${pdev.vendorId.toString(16)}-${pdev.deviceId.toString(16)}` };
  }

  unbind(_pdev: pci.Device<device.Core>, data: Readonly<CardData>): void {
    record(this.history, `unbind ${data.serial}`);
  }
}
