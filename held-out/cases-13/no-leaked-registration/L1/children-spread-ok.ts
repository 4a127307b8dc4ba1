// Queue children are pooled in a local array and handed over to the data as a spread copy. [class 4]
import { auxiliary, type pci } from '@bindsafe/kernel';

const QUEUE_KINDS = ['rx', 'tx', 'admin'] as const;

interface NvmeData {
  readonly queues: readonly auxiliary.Registration[];
  readonly count: number;
}

export const nvmeDriver: pci.Driver<NvmeData> = {
  name: 'nvme-lite',
  idTable: [{ vendor: 0x144d, device: 0xa808 }],
  probe(pdev) {
    const pool: auxiliary.Registration[] = [];
    for (const [i, kind] of QUEUE_KINDS.entries()) {
      pool.push(auxiliary.Registration.new(pdev.asRef(), `${kind}q`, i, 'nvme'));
    }
    return { queues: [...pool], count: pool.length };
  },
};
