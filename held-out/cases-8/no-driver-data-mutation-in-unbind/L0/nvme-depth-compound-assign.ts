// A PCI NVMe-like class driver shrinks the queue-depth budget its data holds with `-=` in unbind.
import type { device, devres, pci } from '@bindsafe/kernel';

interface DepthBudget {
  current: number;
  readonly max: number;
}

interface NvmeData {
  readonly bar: devres.Devres<pci.Bar>;
  readonly budget: DepthBudget;
}

export class NvmeLiteDriver implements pci.Driver<NvmeData> {
  readonly name = 'h8-nvme-lite';
  readonly idTable = [{ vendor: 0x144d, device: 0xa808 }];
  static readonly QUEUE_STEP = 32;

  probe(pdev: pci.Device<device.Core>): NvmeData {
    pdev.enableDeviceMem();
    return { bar: pdev.iomapRegion(0, 'h8-nvme/bar0'), budget: { current: 1024, max: 1024 } };
  }

  unbind(pdev: pci.Device<device.Core>, data: Readonly<NvmeData>): void {
    data.bar.access(pdev.asRef()).write32(0, 0x14);
    data.budget.current -= NvmeLiteDriver.QUEUE_STEP; // expect: bindsafe/no-driver-data-mutation-in-unbind
  }
}
