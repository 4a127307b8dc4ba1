// A PCI NVMe-like driver chooses the admin or I/O queue with a ternary and truncates it through `length = 0`. [class 6]
import type { pci } from '@bindsafe/kernel';

interface Cmd {
  readonly opcode: number;
}

interface NvmeData {
  readonly adminQ: Cmd[];
  readonly ioQ: Cmd[];
  readonly adminOnly: boolean;
}

export const nvmeDriver: pci.Driver<NvmeData> = {
  name: 'h9-nvme',
  idTable: [{ vendor: 0x144d, device: 0xa80a }],
  probe() {
    return { adminQ: [], ioQ: [{ opcode: 2 }], adminOnly: false };
  },
  unbind(_pdev, data) {
    const queue = data.adminOnly ? data.adminQ : data.ioQ;
    queue.length = 0; // expect: bindsafe/no-driver-data-mutation-in-unbind
  },
};
