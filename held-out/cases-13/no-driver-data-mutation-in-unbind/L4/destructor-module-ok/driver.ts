// A PCI multi-vector device leaves freeing its vectors to the driver data's destructor (another module); unbind only masks them [class 1]
import type { pci } from '@bindsafe/kernel';
import { MsixData } from './data.js';

export const msixOk: pci.Driver<MsixData> = {
  name: 'msix-ok',
  idTable: [{ vendor: 0x1af4, device: 0x1042 }],
  probe(pdev) {
    const vectors = [0, 1].map((v) => pdev.requestIrq(v, `msix-ok/q${v}`, () => {}));
    return new MsixData(pdev.iomapRegion(0, 'msix-ok'), vectors);
  },
  unbind(pdev, data) {
    data.bar.access(pdev.asRef()).write32(0, 0x14);
    pdev.asRef().info(`msix-ok: ${data.vectors.filter((v) => !v.freed).length} vectors still armed`);
  },
};
