// A PCI retimer hands its lane objects to a helper of another module that stops each through the lane's own method. [class 4]
import type { pci } from '@bindsafe/kernel';
import { Lane, quiesceAll } from './lanes.js';

class RetimerData {
  readonly lanes: readonly Lane[];
  constructor(width: number) {
    this.lanes = Array.from({ length: width }, (_, index) => new Lane(index));
  }
}

export const retimerDriver: pci.Driver<RetimerData, number> = {
  name: 'acc-retimer-ok',
  idTable: [{ vendor: 0x8086, device: 0x0b27, info: 4 }],
  probe: (pdev, width) => new RetimerData(width ?? 1),
  unbind(pdev, data) {
    pdev.asRef().info(`acc-retimer-ok: untrained ${quiesceAll(data.lanes)} lanes`);
  },
};
