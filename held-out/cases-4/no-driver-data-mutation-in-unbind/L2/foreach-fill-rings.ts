// unbind zeroes each descriptor ring the data holds with `fill` inside a `forEach` callback.
import type { devres, pci } from '@bindsafe/kernel';

interface Ether {
  readonly regs: devres.Devres<pci.Bar>;
  readonly rings: readonly number[][];
}

const RING_SIZE = 8;

export const etherDriver: pci.Driver<Ether> = {
  name: 'held4-ether',
  idTable: [{ vendor: 0x10ec, device: 0x8125 }],
  probe(pdev) {
    pdev.enableDeviceMem();
    const rings = [0, 1, 2, 3].map(() => new Array<number>(RING_SIZE).fill(0));
    return { regs: pdev.iomapRegion(2, 'held4-ether'), rings };
  },
  unbind(pdev, data) {
    data.regs.access(pdev.asRef()).write32(0, 0x37);
    data.rings.forEach((ring) => ring.fill(0)); // expect: bindsafe/no-driver-data-mutation-in-unbind
  },
};
