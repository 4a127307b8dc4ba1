// A PCI NVMe-like class driver counts its removals in an ECMAScript private field of the driver itself.
import type { device, pci } from '@bindsafe/kernel';

interface NvmeData {
  readonly queues: number;
}

export class NvmeDriver implements pci.Driver<NvmeData> {
  readonly name = 'h11-nvme';
  readonly idTable = [{ vendor: 0x144d, device: 0xa808 }];
  #removals = 0;

  get removals(): number {
    return this.#removals;
  }

  probe(pdev: pci.Device<device.Core>): NvmeData {
    pdev.setMaster();
    return { queues: 8 };
  }

  unbind(pdev: pci.Device<device.Core>, data: Readonly<NvmeData>): void {
    this.#removals += 1;
    pdev.asRef().info(`nvme: ${data.queues} queues, removal #${this.#removals}`);
  }
}
