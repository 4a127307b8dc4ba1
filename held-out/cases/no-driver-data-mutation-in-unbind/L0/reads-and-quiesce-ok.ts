// unbind reads the data, quiesces the hardware and calls the data's own method.
import type { devres, pci } from '@bindsafe/kernel';

class Queue {
  readonly #items: string[] = [];
  #open = true;
  push(item: string): void {
    if (this.#open) this.#items.push(item);
  }
  close(): number {
    this.#open = false;
    return this.#items.splice(0).length;
  }
}

interface Data {
  readonly regs: devres.Devres<pci.Bar>;
  readonly queue: Queue;
  readonly stats: { resets: number };
  readonly names: readonly string[];
}

export const driver: pci.Driver<Data> = {
  name: 'held-nddm-ok',
  idTable: [{ vendor: 0x8086, device: 0x4005 }],
  probe(pdev) {
    const queue = new Queue();
    queue.push('boot');
    return { regs: pdev.iomapRegion(0, 'held-nddm-ok'), queue, stats: { resets: 0 }, names: [pdev.name] };
  },
  unbind(pdev, data) {
    const bar = data.regs.access(pdev.asRef());
    bar.write32(0, 0x0);
    const dropped = data.queue.close();
    let resets = data.stats.resets;
    resets++;
    pdev.asRef().info(`${data.names.join(',')}: ${dropped} dropped, ${resets} resets`);
  },
};
