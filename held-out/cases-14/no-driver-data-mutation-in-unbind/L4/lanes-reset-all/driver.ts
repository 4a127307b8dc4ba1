// A PCI retimer hands its lane objects to a helper of another module that writes each element in a for...of. [class 4]
import type { pci } from '@bindsafe/kernel';
import { resetAll, type Lane } from './lanes.js';

class RetimerData {
  readonly lanes: readonly Lane[];
  constructor(width: number) {
    this.lanes = Array.from({ length: width }, (_, index) => ({ index, errors: 0, trained: true }));
  }
  get trainedWidth(): number {
    return this.lanes.filter((l) => l.trained).length;
  }
}

export const retimerDriver: pci.Driver<RetimerData, number> = {
  name: 'acc-retimer',
  idTable: [{ vendor: 0x8086, device: 0x0b26, info: 4 }],
  probe: (pdev, width) => new RetimerData(width ?? 1),
  unbind(pdev, data) {
    pdev.asRef().info(`acc-retimer: x${data.trainedWidth}`);
    resetAll(data.lanes); // expect: bindsafe/no-driver-data-mutation-in-unbind
  },
};
