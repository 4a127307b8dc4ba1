// probe builds an Engine from another module and keeps it in the data. [class 4]
import type { devres, pci } from '@bindsafe/kernel';
import { Engine } from './engine.js';

export const driver: pci.Driver<{ readonly engine: Engine; readonly regs: devres.Devres<pci.Bar> }> = {
  name: 'held-nsbd-engine',
  idTable: [{ vendor: 0x1b36, device: 0x0083 }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'held-nsbd-engine');
    const engine = new Engine(pdev.asRef(), regs.access(pdev.asRef()));
    engine.kick();
    return { engine, regs };
  },
};
