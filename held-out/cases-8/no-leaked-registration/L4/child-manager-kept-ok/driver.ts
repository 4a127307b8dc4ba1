// A TPU driver creates a child manager through a barrel and keeps the manager in its driver data. [class 4]
import type { pci } from '@bindsafe/kernel';
import { ChildManager } from './services/index.js';

interface TpuData {
  readonly children: ChildManager;
}

export const tpuDriver: pci.Driver<TpuData> = {
  name: 'held8-tpu2',
  idTable: [{ vendor: 0x1ae0, device: 0x0028 }],
  probe(pdev) {
    return { children: ChildManager.create(pdev.asRef(), 'mxu', 'vpu') };
  },
};
