// [class 1] A PCI multi-vector driver frees the IRQ registrations its data owns through a helper re-exported under another name.
import type { device, pci } from '@bindsafe/kernel';
import { releaseAll } from './res/index.js';

interface MsixData {
  readonly vectors: readonly pci.IrqRegistration[];
}

export const msixDriver: pci.Driver<MsixData> = {
  name: 'h8-msix',
  idTable: [{ vendor: 0x15b3, device: 0x101d }],
  probe(pdev: pci.Device<device.Core>): MsixData {
    const vectors = [0, 1, 2].map((v) => pdev.requestIrq(v, `h8-msix/${v}`, () => undefined));
    return { vectors };
  },
  unbind(pdev, data) {
    const freed = releaseAll(data.vectors); // expect: bindsafe/no-driver-data-mutation-in-unbind
    pdev.asRef().info(`h8-msix: ${freed} vectors freed`);
  },
};
