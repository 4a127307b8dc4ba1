// The driver data holds a DisplayPipe from another module, which owns the registration and drops it when the data is disposed. [class 1]
import type { devres, pci } from '@bindsafe/kernel';
import { DisplayPipe } from './pipe.js';

interface Vdu {
  readonly regs: devres.Devres<pci.Bar>;
  readonly pipe: DisplayPipe;
}

export const vduDriver: pci.Driver<Vdu> = {
  name: 'held5c-vdu',
  idTable: [{ vendor: 0x1b36, device: 0x0110 }],
  probe(pdev) {
    pdev.enableDeviceMem();
    const regs = pdev.iomapRegion(0, 'held5c-vdu');
    const pipe = DisplayPipe.create(pdev, regs);
    pdev.asRef().info(`held5c-vdu: ${pipe.device.name} up`);
    return { regs, pipe };
  },
};
