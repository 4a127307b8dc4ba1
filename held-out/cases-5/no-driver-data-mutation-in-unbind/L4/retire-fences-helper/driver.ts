// unbind gives the data's fence Map to an imported helper that deletes entries from it, while the IRQ handler may still signal. [class 6]
import type { devres, pci } from '@bindsafe/kernel';
import { retireSignalled, type Fence } from './fences.js';

interface Gfx {
  readonly regs: devres.Devres<pci.Bar>;
  readonly fences: Map<number, Fence>;
  readonly irq: pci.IrqRegistration;
}

export const gfxDriver: pci.Driver<Gfx> = {
  name: 'held5c-gfx',
  idTable: [{ vendor: 0x1002, device: 0x73bf }],
  probe(pdev) {
    pdev.enableDeviceMem();
    const regs = pdev.iomapRegion(0, 'held5c-gfx');
    const fences = new Map<number, Fence>();
    const irq = pdev.requestIrq(0, 'held5c-gfx', () => {
      for (const fence of fences.values()) fence.signalled = true;
    });
    return { regs, fences, irq };
  },
  unbind(pdev, data) {
    data.regs.access(pdev.asRef()).write32(0, 0x2000);
    const pending = retireSignalled(data.fences); // expect: bindsafe/no-driver-data-mutation-in-unbind
    pdev.asRef().info(`held5c-gfx: ${pending} fences still pending`);
  },
};
