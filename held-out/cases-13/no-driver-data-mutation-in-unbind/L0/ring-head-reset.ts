// A PCI NIC keeps its RX descriptor ring as a plain record of indices and slots; unbind rewinds the ring head by hand [class 6]
import type { devres, pci } from '@bindsafe/kernel';

interface DescRing {
  head: number;
  tail: number;
  readonly slots: number[];
}

interface NicData {
  readonly bar: devres.Devres<pci.Bar>;
  readonly rx: DescRing;
  readonly irq: pci.IrqRegistration;
}

export const ringNic: pci.Driver<NicData> = {
  name: 'ring-nic',
  idTable: [{ vendor: 0x8086, device: 0x10d3 }],
  probe(pdev) {
    const bar = pdev.iomapRegion(0, 'ring-nic/bar0');
    const rx: DescRing = { head: 0, tail: 0, slots: new Array<number>(256).fill(0) };
    const irq = pdev.requestIrq(0, 'ring-nic/rx', () => {
      rx.tail = (rx.tail + 1) % rx.slots.length;
    });
    return { bar, rx, irq };
  },
  unbind(pdev, data) {
    data.bar.access(pdev.asRef()).write32(0, 0x2818);
    data.rx.head = data.rx.tail; // expect: bindsafe/no-driver-data-mutation-in-unbind
  },
};
