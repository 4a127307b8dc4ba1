// A generic same-file helper drains the array it is given; unbind hands it the data's job list.
import type { devres, pci } from '@bindsafe/kernel';

function drain<T>(queue: T[]): T[] {
  return queue.splice(0);
}

interface Data {
  readonly regs: devres.Devres<pci.Bar>;
  readonly jobs: string[];
}

export const drainDriver: pci.Driver<Data> = {
  name: 'held-drain',
  idTable: [{ vendor: 0x1b36, device: 0x0110 }],
  probe(pdev) {
    return { regs: pdev.iomapRegion(0, 'held-drain'), jobs: [] };
  },
  unbind(pdev, data) {
    for (const job of drain(data.jobs)) { // expect: bindsafe/no-driver-data-mutation-in-unbind
      pdev.asRef().info(`cancelled ${job}`);
    }
  },
};
