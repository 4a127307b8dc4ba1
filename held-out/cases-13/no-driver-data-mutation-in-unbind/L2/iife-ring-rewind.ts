// A PCI NIC rewinds its TX ring inside an immediately invoked arrow in unbind [class 7]
import type { devres, pci } from '@bindsafe/kernel';

type Ring = { head: number; tail: number; readonly size: number };

interface NicData {
  readonly bar: devres.Devres<pci.Bar>;
  readonly tx: Ring;
}

export const iifeNic: pci.Driver<NicData> = {
  name: 'iife-nic',
  idTable: [{ vendor: 0x10ec, device: 0x8169 }],
  probe(pdev) {
    return { bar: pdev.iomapRegion(0, 'iife-nic'), tx: { head: 0, tail: 0, size: 128 } };
  },
  unbind(pdev, data) {
    data.bar.access(pdev.asRef()).write32(0, 0x3818);
    const skipped = (() => {
      const n = (data.tx.tail - data.tx.head + data.tx.size) % data.tx.size;
      data.tx.head = data.tx.tail; // expect: bindsafe/no-driver-data-mutation-in-unbind
      return n;
    })();
    pdev.asRef().info(`iife-nic: skipped ${skipped} tx descriptors`);
  },
};
