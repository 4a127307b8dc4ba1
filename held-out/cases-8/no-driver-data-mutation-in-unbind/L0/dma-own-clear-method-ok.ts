// [class 4] A PCI DMA engine calls `clear()` on its own descriptor-pool class: the data's own method, not a built-in one.
import type { device, pci } from '@bindsafe/kernel';

class DescriptorPool {
  readonly #free: number[] = [];
  #closed = false;
  put(desc: number): void {
    if (!this.#closed) this.#free.push(desc);
  }
  clear(): number {
    this.#closed = true;
    return this.#free.splice(0).length;
  }
}

interface DmaData {
  readonly pool: DescriptorPool;
}

export const dmaEngineDriver: pci.Driver<DmaData> = {
  name: 'h8-dma',
  idTable: [{ vendor: 0x8086, device: 0x0b00 }],
  probe(_pdev: pci.Device<device.Core>): DmaData {
    const pool = new DescriptorPool();
    pool.put(1);
    return { pool };
  },
  unbind(pdev, data) {
    const freed = data.pool.clear();
    pdev.asRef().info(`h8-dma: ${freed} descriptors released`);
  },
};
