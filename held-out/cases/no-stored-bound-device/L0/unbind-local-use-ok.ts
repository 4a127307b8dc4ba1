// unbind uses its Device<Core> locally and keeps only a handle.
import type { devres, pci } from '@bindsafe/kernel';

export const unbound: pci.Device[] = [];

export const driver: pci.Driver<{ readonly regs: devres.Devres<pci.Bar> }> = {
  name: 'held-nsbd-unbind-ok',
  idTable: [{ vendor: 0x1b36, device: 0x0091 }],
  probe(pdev) {
    return { regs: pdev.iomapRegion(0, 'held-nsbd-unbind-ok') };
  },
  unbind(pdev, data) {
    const bar = data.regs.access(pdev.asRef());
    bar.write32(0, 0x4);
    pdev.setMaster();
    unbound.push(pdev.toNormal());
  },
};
