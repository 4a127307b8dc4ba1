// A PCI firmware loader deletes loaded blob entries from its data's table through a same-file helper, in a labelled loop. [class 6]
import type { devres, pci } from '@bindsafe/kernel';

interface FwData {
  readonly bar: devres.Devres<pci.Bar>;
  readonly blobs: { [name: string]: { size: number; resident: boolean } };
}

function forget(table: FwData['blobs'], name: string): void {
  delete table[name];
}

export const fwDriver: pci.Driver<FwData> = {
  name: 'fwload-lite',
  idTable: [{ vendor: 0x8086, device: 0x7a70 }],
  probe(pdev) {
    return { bar: pdev.iomapRegion(0, 'fwload-lite'), blobs: { 'iwlwifi-ucode': { size: 1024, resident: true } } };
  },
  unbind(pdev, data) {
    const bar = data.bar.access(pdev.asRef());
    scan: for (const [name, blob] of Object.entries(data.blobs)) {
      if (!blob.resident) continue scan;
      bar.write32(0, 0x40);
      forget(data.blobs, name); // expect: bindsafe/no-driver-data-mutation-in-unbind
    }
  },
};
