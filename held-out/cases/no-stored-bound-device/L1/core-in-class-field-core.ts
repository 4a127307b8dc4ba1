// A data class whose parameter property is declared Device<Core>: the store keeps Core past probe. [class 4]
import type { device, pci } from '@bindsafe/kernel';

class Data {
  constructor(readonly pdev: pci.Device<device.Core>) {}
  restart(): void {
    this.pdev.setMaster();
  }
}

export const driver: pci.Driver<Data> = {
  name: 'held-l1-core-field',
  idTable: [{ vendor: 0x1b36, device: 0x0026 }],
  probe(pdev) {
    return new Data(pdev); // expect: bindsafe/no-stored-bound-device
  },
};
