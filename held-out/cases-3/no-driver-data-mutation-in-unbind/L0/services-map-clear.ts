// unbind clears the DI container Map the driver data holds.
import type { devres, pci } from '@bindsafe/kernel';

interface Data {
  readonly regs: devres.Devres<pci.Bar>;
  readonly services: Map<string, () => number>;
}

export const containerDriver: pci.Driver<Data> = {
  name: 'held-di',
  idTable: [{ vendor: 0x1b36, device: 0x0102 }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'held-di');
    const services = new Map<string, () => number>([['uptime', () => Date.now()]]);
    return { regs, services };
  },
  unbind(pdev, data) {
    pdev.asRef().info(`${data.services.size} services`);
    data.services.clear(); // expect: bindsafe/no-driver-data-mutation-in-unbind
  },
};
