// unbind calls the data's own method, contributed by a mixin from another module.
import type { devres, pci } from '@bindsafe/kernel';
import { Stoppable } from './mixins.js';

class Regs {
  constructor(readonly regs: devres.Devres<pci.Bar>) {}
}

class EngineData extends Stoppable(Regs) {}

export const engineDriver: pci.Driver<EngineData> = {
  name: 'held-stoppable',
  idTable: [{ vendor: 0x1b36, device: 0x0116 }],
  probe(pdev) {
    return new EngineData(pdev.iomapRegion(0, 'held-stoppable'));
  },
  unbind(pdev, data) {
    if (data.shutdown()) data.regs.access(pdev.asRef()).write32(0, 0x0);
  },
};
