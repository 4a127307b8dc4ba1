// unbind hands the data's IRQ registrations to a re-exported helper that disposes them.
import type { devres, pci } from '@bindsafe/kernel';
import { closeAll } from './index.js';

interface Data {
  readonly regs: devres.Devres<pci.Bar>;
  readonly irqs: pci.IrqRegistration[];
}

export const vectorsDriver: pci.Driver<Data> = {
  name: 'held-vectors',
  idTable: [{ vendor: 0x1b36, device: 0x0114 }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'held-vectors');
    const irqs = [0, 1].map((v) => pdev.requestIrq(v, `held-vectors/${v}`, () => undefined));
    return { regs, irqs };
  },
  unbind(pdev, data) {
    data.regs.access(pdev.asRef()).write32(0, 0x0);
    closeAll(data.irqs); // expect: bindsafe/no-driver-data-mutation-in-unbind
  },
};
