// A NVMe-like controller builds its queue children with `entries()` and returns the whole array.
import { auxiliary, type pci } from '@bindsafe/kernel';

interface NvmeData {
  readonly queues: readonly auxiliary.Registration[];
}

const QUEUE_NAMES = ['admin', 'io0', 'io1'];

export const nvmeDriver: pci.Driver<NvmeData> = {
  name: 'held8-nvme',
  idTable: [{ vendor: 0x144d, device: 0xa808 }],
  probe(pdev) {
    const queues: auxiliary.Registration[] = [];
    for (const [i, qname] of QUEUE_NAMES.entries()) {
      queues.unshift(auxiliary.Registration.new(pdev.asRef(), qname, i, 'held8_nvme'));
    }
    return { queues };
  },
};
