// A PCI GPU keeps outstanding fences in a Map its IRQ handler also updates; unbind clears the Map directly. [class 6]
import type { devres, pci } from '@bindsafe/kernel';

class FenceTable {
  readonly fences = new Map<number, string>();
  #seq = 0;
  get outstanding(): number {
    return this.fences.size;
  }
  get nextSeqno(): number {
    return this.#seq + 1;
  }
  emit(label: string): number {
    this.fences.set(++this.#seq, label);
    return this.#seq;
  }
}

interface GpuData {
  readonly regs: devres.Devres<pci.Bar>;
  readonly table: FenceTable;
  readonly irq: pci.IrqRegistration;
}

export const gpuDriver: pci.Driver<GpuData> = {
  name: 'acc-gpu-fence',
  idTable: [{ vendor: 0x1002, device: 0x73bf }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'acc-gpu/bar0');
    const table = new FenceTable();
    const irq = pdev.requestIrq(0, 'acc-gpu', () => {
      table.fences.delete(table.nextSeqno - 1);
    });
    return { regs, table, irq };
  },
  unbind(pdev, data) {
    pdev.asRef().info(`acc-gpu: ${data.table.outstanding} fences outstanding`);
    data.table.fences.clear(); // expect: bindsafe/no-driver-data-mutation-in-unbind
  },
};
