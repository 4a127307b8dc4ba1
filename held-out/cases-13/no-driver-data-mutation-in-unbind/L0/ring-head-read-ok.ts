// A PCI NIC reports its RX ring occupancy at unbind and quiesces the DMA engine, reading the ring but not rewinding it
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

export const ringNicOk: pci.Driver<NicData> = {
  name: 'ring-nic-ok',
  idTable: [{ vendor: 0x8086, device: 0x10d4 }],
  probe(pdev) {
    const bar = pdev.iomapRegion(0, 'ring-nic-ok/bar0');
    const rx: DescRing = { head: 0, tail: 0, slots: new Array<number>(256).fill(0) };
    const irq = pdev.requestIrq(0, 'ring-nic-ok/rx', () => {
      rx.tail = (rx.tail + 1) % rx.slots.length;
    });
    return { bar, rx, irq };
  },
  unbind(pdev, data) {
    const { head, tail, slots } = data.rx;
    const used = (tail - head + slots.length) % slots.length;
    data.bar.access(pdev.asRef()).write32(0, 0x2818);
    pdev.asRef().info(`ring-nic: ${used} descriptors still posted`);
  },
};
