// A PCI multi-vector device frees all its MSI-X registrations early through a disposing helper in another module [class 1]
import type { devres, pci } from '@bindsafe/kernel';
import { disposeAll } from './teardown.js';

interface MsixData {
  readonly bar: devres.Devres<pci.Bar>;
  readonly vectors: pci.IrqRegistration[];
}

export const msixDevice: pci.Driver<MsixData> = {
  name: 'msix-device',
  idTable: [{ vendor: 0x1af4, device: 0x1041 }],
  probe(pdev) {
    const vectors = [0, 1, 2].map((v) => pdev.requestIrq(v, `msix-device/q${v}`, () => {}));
    return { bar: pdev.iomapRegion(0, 'msix-device'), vectors };
  },
  unbind(pdev, data) {
    data.bar.access(pdev.asRef()).write32(0, 0x14);
    const freed = disposeAll(data.vectors); // expect: bindsafe/no-driver-data-mutation-in-unbind
    pdev.asRef().info(`msix-device: ${freed} vectors freed`);
  },
};
