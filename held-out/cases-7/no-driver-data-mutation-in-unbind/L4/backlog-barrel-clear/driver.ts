// An NVMe-like controller's unbind calls a barrel-exported helper that clears the backlog Map its data holds.
import type { devres, pci } from '@bindsafe/kernel';
import { clearBacklog, type Backlog } from './queues/index.js';

interface NvmeData {
  readonly bar: devres.Devres<pci.Bar>;
  readonly backlog: Backlog;
}

export const nvmeDriver: pci.Driver<NvmeData> = {
  name: 'held7-nvme',
  idTable: [{ vendor: 0x144d, device: 0xa808 }],
  probe(pdev) {
    pdev.enableDeviceMem();
    return { bar: pdev.iomapRegion(0, 'held7-nvme'), backlog: new Map() };
  },
  unbind(pdev, data) {
    data.bar.access(pdev.asRef()).write32(0, 0x14);
    const dropped = clearBacklog(data.backlog); // expect: bindsafe/no-driver-data-mutation-in-unbind
    pdev.asRef().info(`nvme: ${dropped} commands dropped`);
  },
};
