// A PCI GPU keeps its fences in its own FenceTable class whose clear() is the locked way to drop them; unbind calls it
import type { devres, pci } from '@bindsafe/kernel';

/** Fences by seqno; the IRQ handler and unbind reach the Map only through these methods. */
class FenceTable {
  readonly #bySeqno = new Map<number, string>();
  #closed = false;
  add(seqno: number, ring: string): void {
    if (!this.#closed) this.#bySeqno.set(seqno, ring);
  }
  clear(): number {
    this.#closed = true;
    const n = this.#bySeqno.size;
    this.#bySeqno.clear();
    return n;
  }
}

interface GpuData {
  readonly bar: devres.Devres<pci.Bar>;
  readonly fences: FenceTable;
  readonly irq: pci.IrqRegistration;
}

let nextSeqno = 1;

export const tableGpu: pci.Driver<GpuData> = {
  name: 'table-gpu',
  idTable: [{ vendor: 0x1002, device: 0x73c1 }],
  probe(pdev) {
    const bar = pdev.iomapRegion(0, 'table-gpu');
    const fences = new FenceTable();
    const irq = pdev.requestIrq(0, 'table-gpu/fence', () => fences.add(nextSeqno++, 'gfx'));
    return { bar, fences, irq };
  },
  unbind(pdev, data) {
    data.bar.access(pdev.asRef()).write32(0, 0x10);
    const dropped = data.fences.clear();
    pdev.asRef().info(`table-gpu: ${dropped} fences dropped`);
  },
};
