// Driver data assembled with Object.assign in probe. [class 4]
import type { device, devres, pci } from '@bindsafe/kernel';

interface Data {
  readonly regs: devres.Devres<pci.Bar>;
  readonly bar: pci.Bar;
  readonly dev: device.Device<device.Bound>;
}

export const driver: pci.Driver<Data> = {
  name: 'held-l1-assign',
  idTable: [{ vendor: 0x1b36, device: 0x0025 }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'held-l1-assign');
    const partial = { regs };
    return Object.assign(partial, { bar: regs.access(pdev.asRef()), dev: pdev.asRef() });
  },
};
