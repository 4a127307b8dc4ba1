// unbind keeps its Device<Core> for a deferred "goodbye" elsewhere.
import type { device, devres, pci } from '@bindsafe/kernel';

export const goodbyes: device.Device<device.Bound>[] = [];

export const driver: pci.Driver<{ readonly regs: devres.Devres<pci.Bar> }> = {
  name: 'held-unbind-store',
  idTable: [{ vendor: 0x1b36, device: 0x0013 }],
  probe(pdev) {
    return { regs: pdev.iomapRegion(0, 'held-unbind-store') };
  },
  unbind(pdev, data) {
    data.regs.access(pdev.asRef()).write32(0, 0);
    goodbyes.push(pdev.asRef()); // expect: bindsafe/no-stored-bound-device
  },
};
