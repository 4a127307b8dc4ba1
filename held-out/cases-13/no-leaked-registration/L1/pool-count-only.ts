// A pool of queue children is filled in a labelled loop; only its length is returned. [class 4]
import { auxiliary, type pci } from '@bindsafe/kernel';

const QUEUE_KINDS = ['rx', 'tx', 'admin'] as const;

export const nvmeDriver: pci.Driver<{ readonly queues: number }> = {
  name: 'nvme-lite',
  idTable: [{ vendor: 0x144d, device: 0xa808 }],
  probe(pdev) {
    const pool: auxiliary.Registration[] = [];
    outer: for (const kind of QUEUE_KINDS) {
      for (let i = 0; i < 2; i++) {
        if (kind === 'admin' && i > 0) continue outer;
        pool.push(auxiliary.Registration.new(pdev.asRef(), `${kind}q`, i, 'nvme')); // expect: bindsafe/no-leaked-registration
      }
    }
    return { queues: pool.length };
  },
};
