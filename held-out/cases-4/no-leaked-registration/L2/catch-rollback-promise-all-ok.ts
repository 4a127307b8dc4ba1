// Queue children are kept in the data on success; if bringing one up fails, `catch` drops all made so far with Promise.all and rethrows. [class 1]
import { auxiliary, errors, type devres, type pci } from '@bindsafe/kernel';

interface QueueInfo {
  readonly queues: number;
}

interface Storage {
  readonly regs: devres.Devres<pci.Bar>;
  readonly queues: auxiliary.Registration[];
}

export const storageDriver: pci.Driver<Storage, QueueInfo> = {
  name: 'held4-nvme',
  idTable: [{ vendor: 0x144d, device: 0xa80a, info: { queues: 4 } }],
  probe(pdev, info) {
    pdev.enableDeviceMem();
    const regs = pdev.iomapRegion(0, 'held4-nvme');
    const bar = regs.access(pdev.asRef());
    const made: auxiliary.Registration[] = [];
    try {
      for (let q = 0; q < (info?.queues ?? 1); q++) {
        made.push(auxiliary.Registration.new(pdev.asRef(), 'ioq', q, 'held4_nvme'));
        if (bar.read32(0x1c) & 0x2) throw new errors.KernelError('EIO', `controller fatal status after queue ${q}`);
      }
    } catch (error) {
      void Promise.all(made.map((reg) => reg.drop()));
      throw error;
    }
    return { regs, queues: made };
  },
};
