// A PCI retimer marks its lanes untrained from a function-expression callback passed to forEach in unbind. [class 7]
import type { devres, pci } from '@bindsafe/kernel';

interface Lane {
  readonly index: number;
  trained: boolean;
  eqPreset: number;
}

interface RetimerData {
  readonly regs: devres.Devres<pci.Bar>;
  readonly lanes: Lane[];
}

export const retimerDriver: pci.Driver<RetimerData> = {
  name: 'retimer-lite',
  idTable: [{ vendor: 0x1d9b, device: 0x0401 }],
  probe(pdev) {
    const lanes = Array.from({ length: 4 }, (_, index): Lane => ({ index, trained: true, eqPreset: 7 }));
    return { regs: pdev.iomapRegion(0, 'retimer-lite'), lanes };
  },
  unbind(pdev, data) {
    const bar = data.regs.access(pdev.asRef());
    data.lanes.forEach(function (lane, i) {
      bar.write32(0, 0x200 + i * 4);
      lane.trained = false; // expect: bindsafe/no-driver-data-mutation-in-unbind
    });
  },
};
