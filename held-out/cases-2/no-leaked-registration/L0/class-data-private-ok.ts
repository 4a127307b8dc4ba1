// The driver data is a class that keeps its children in a #private array. [class 2]
import { auxiliary, type pci } from '@bindsafe/kernel';

export class HubData {
  readonly #children: auxiliary.Registration[];
  constructor(children: auxiliary.Registration[]) {
    this.#children = children;
  }
  get size(): number {
    return this.#children.length;
  }
}

export const driver: pci.Driver<HubData> = {
  name: 'held2-nlr-class-data',
  idTable: [{ vendor: 0x8086, device: 0x5003 }],
  probe(pdev) {
    const dev = pdev.asRef();
    const a = auxiliary.Registration.new(dev, 'held2-usb', 0, 'held2_hub');
    const b = auxiliary.Registration.new(dev, 'held2-i2c', 1, 'held2_hub');
    return new HubData([a, b]);
  },
};
