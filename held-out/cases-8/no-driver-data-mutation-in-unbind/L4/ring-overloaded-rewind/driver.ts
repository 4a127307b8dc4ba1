// A PCI modem class driver rewinds the ring indices its data holds with an overloaded helper from another module.
import type { device, pci } from '@bindsafe/kernel';
import { rewind, type RingIndices } from './ring.js';

interface ModemData {
  readonly ring: RingIndices;
  readonly channel: number;
}

export class ModemDriver implements pci.Driver<ModemData> {
  readonly name = 'h8-modem';
  readonly idTable = [{ vendor: 0x8086, device: 0x7560 }];

  probe(_pdev: pci.Device<device.Core>): ModemData {
    return { ring: { head: 0, tail: 0 }, channel: 3 };
  }

  unbind(_pdev: pci.Device<device.Core>, data: Readonly<ModemData>): void {
    rewind(data); // expect: bindsafe/no-driver-data-mutation-in-unbind
  }
}
