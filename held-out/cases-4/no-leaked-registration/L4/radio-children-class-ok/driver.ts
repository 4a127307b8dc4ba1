// The driver data owns the imported RadioChildren instance, which owns both registrations.
import type { devres, pci } from '@bindsafe/kernel';
import { RadioChildren } from './radios.js';

interface Combo {
  readonly regs: devres.Devres<pci.Bar>;
  readonly radios: RadioChildren;
}

export const comboDriver: pci.Driver<Combo> = {
  name: 'held4-combo',
  idTable: [{ vendor: 0x14c3, device: 0x0616 }],
  probe(pdev) {
    pdev.enableDeviceMem();
    const regs = pdev.iomapRegion(0, 'held4-combo');
    const radios = new RadioChildren(pdev.asRef(), 0);
    pdev.asRef().info(`radios: ${radios.names().join(', ')}`);
    return { regs, radios };
  },
};
