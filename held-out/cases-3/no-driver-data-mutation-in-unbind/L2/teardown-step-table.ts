// unbind builds a table of teardown steps and runs them in order; one step clears the data's fence Set.
import type { devres, pci } from '@bindsafe/kernel';

interface Data {
  readonly regs: devres.Devres<pci.Bar>;
  readonly fences: Set<number>;
}

export const stepsDriver: pci.Driver<Data> = {
  name: 'held-teardown',
  idTable: [{ vendor: 0x1b36, device: 0x010c }],
  probe(pdev) {
    return { regs: pdev.iomapRegion(0, 'held-teardown'), fences: new Set([1]) };
  },
  unbind(pdev, data) {
    const steps: Record<string, () => void> = {
      quiesce: () => data.regs.access(pdev.asRef()).write32(0, 0x0),
      fences: () => data.fences.clear(), // expect: bindsafe/no-driver-data-mutation-in-unbind
    };
    for (const step of Object.values(steps)) step();
  },
};
