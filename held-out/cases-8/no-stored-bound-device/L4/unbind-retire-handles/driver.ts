// A PCI sensor hub's unbind hands its data, holding only a Device<Normal>, a Devres and numbers, to an imported history list.
import type { devres, device, pci } from '@bindsafe/kernel';
import { retire } from './history.js';

interface HubData {
  readonly handle: pci.Device<device.Normal>;
  readonly regs: devres.Devres<pci.Bar>;
  readonly sensors: number;
}

export const driver: pci.Driver<HubData> = {
  name: 'held8-ish-history',
  idTable: [{ vendor: 0x8086, device: 0x51fc }],
  probe(pdev) {
    return { handle: pdev.toNormal(), regs: pdev.iomapRegion(0, 'ish'), sensors: 12 };
  },
  unbind(_pdev, data) {
    retire(data);
  },
};
