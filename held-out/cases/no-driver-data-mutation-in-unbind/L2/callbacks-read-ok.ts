// forEach / map callbacks that only read the data.
import type { devres, pci } from '@bindsafe/kernel';

interface Data {
  readonly regs: devres.Devres<pci.Bar>;
  readonly rings: readonly { readonly head: number; readonly doorbell: number }[];
}

export const driver: pci.Driver<Data> = {
  name: 'held-nddm-l2-read',
  idTable: [{ vendor: 0x8086, device: 0x4021 }],
  probe(pdev) {
    return { regs: pdev.iomapRegion(0, 'held-nddm-l2-read'), rings: [{ head: 0, doorbell: 0x40 }] };
  },
  unbind(pdev, data) {
    const bar = data.regs.access(pdev.asRef());
    data.rings.forEach((ring) => bar.write32(0, ring.doorbell));
    const heads = data.rings.map((ring) => ring.head);
    pdev.asRef().info(`heads ${heads.join(',')}`);
  },
};
