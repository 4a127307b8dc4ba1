// The Device<Core> stored in a driver-data field whose declared type keeps Core. [class 4]
import type { device, pci } from '@bindsafe/kernel';

interface Data {
  readonly core: pci.Device<device.Core>;
  readonly name: string;
}

export const driver: pci.Driver<Data> = {
  name: 'held-data-core',
  idTable: [{ vendor: 0x1b36, device: 0x0011 }],
  probe(pdev) {
    return { core: pdev, name: pdev.name }; // expect: bindsafe/no-stored-bound-device
  },
};
