// A TPU driver creates a child manager from another module but keeps only its count. [class 4]
import type { pci } from '@bindsafe/kernel';
import { ChildManager } from './manager.js';

interface TpuData {
  readonly childCount: number;
}

export const tpuDriver: pci.Driver<TpuData> = {
  name: 'held8-tpu',
  idTable: [{ vendor: 0x1ae0, device: 0x0027 }],
  probe(pdev) {
    const manager = ChildManager.create(pdev.asRef(), 'mxu', 'vpu'); // expect: bindsafe/no-leaked-registration
    return { childCount: manager.count };
  },
};
