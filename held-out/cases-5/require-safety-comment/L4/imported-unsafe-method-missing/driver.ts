// A PCI IOMMU driver calls the @unsafe method of a class from another module in its destructor without a SAFETY comment. [class 7]
import type { pci } from '@bindsafe/kernel';
import { PageTable } from './mmu.js';

export class IommuData implements Disposable {
  constructor(readonly table: PageTable) {}

  [Symbol.dispose](): void {
    this.table.handle.asRef().info('tearing down domain 0');
    this.table.flushRaw(0); // expect: bindsafe/require-safety-comment
  }
}

export const iommuDriver: pci.Driver<IommuData> = {
  name: 'held-iommu',
  idTable: [{ vendor: 0x1022, device: 0x1481 }],
  probe(pdev) {
    pdev.enableDeviceMem();
    const table = new PageTable(pdev.toNormal(), pdev.iomapRegion(0, 'held-iommu'));
    table.map(0x1000, 0x8000_0000);
    return new IommuData(table);
  },
};
