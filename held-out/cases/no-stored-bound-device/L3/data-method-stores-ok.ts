// Driver data whose own method keeps a Bar in its field: a store into the data. [class 4]
import type { devres, pci } from '@bindsafe/kernel';

class Data {
  #doorbell: pci.Bar | undefined;
  readonly regs: devres.Devres<pci.Bar>[] = [];
  attach(regs: devres.Devres<pci.Bar>, bar: pci.Bar): this {
    this.regs.push(regs);
    this.#doorbell = bar;
    return this;
  }
  ring(value: number): void {
    this.#doorbell?.write32(value, 0x0);
  }
}

export const driver: pci.Driver<Data> = {
  name: 'held-nsbd-method',
  idTable: [{ vendor: 0x1b36, device: 0x0082 }],
  probe(pdev) {
    const regs = pdev.iomapRegion(2, 'doorbell');
    const data = new Data().attach(regs, regs.access(pdev.asRef()));
    data.ring(1);
    return data;
  },
};
