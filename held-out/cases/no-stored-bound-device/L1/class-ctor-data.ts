// Driver data built through a class constructor with parameter properties holding bound values. [class 4]
import type { device, devres, pci } from '@bindsafe/kernel';

class NicData {
  readonly counters = { rx: 0, tx: 0 };
  constructor(
    readonly pdev: pci.Device<device.Bound>,
    readonly bar: pci.Bar,
    readonly regs: devres.Devres<pci.Bar>,
  ) {}
}

export const driver: pci.Driver<NicData> = {
  name: 'held-l1-class',
  idTable: [{ vendor: 0x1b36, device: 0x0024 }],
  probe(pdev) {
    pdev.enableDeviceMem();
    const regs = pdev.iomapRegion(0, 'held-l1-class');
    return new NicData(pdev, regs.access(pdev.asRef()), regs);
  },
};
