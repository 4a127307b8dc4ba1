// A PCI NIC rewinds its RX ring through a helper re-exported by a barrel module
import type { devres, pci } from '@bindsafe/kernel';
import { makeRing, rewind, type Ring } from './lib/index.js';

interface NicData {
  readonly bar: devres.Devres<pci.Bar>;
  readonly rx: Ring;
}

export const barrelNic: pci.Driver<NicData> = {
  name: 'barrel-nic',
  idTable: [{ vendor: 0x8086, device: 0x1533 }],
  probe(pdev) {
    return { bar: pdev.iomapRegion(0, 'barrel-nic'), rx: makeRing(256) };
  },
  unbind(pdev, data) {
    data.bar.access(pdev.asRef()).write32(0, 0x2818);
    const skipped = rewind(data.rx); // expect: bindsafe/no-driver-data-mutation-in-unbind
    pdev.asRef().info(`barrel-nic: ${skipped} skipped`);
  },
};
