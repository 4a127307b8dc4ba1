// A small class keeps the children it spawns in a private `#children` Set; the driver data owns the class instance. [class 4]
import { auxiliary, type device, type devres, type pci } from '@bindsafe/kernel';

class ChildSet implements AsyncDisposable {
  readonly #children = new Set<auxiliary.Registration>();

  constructor(private readonly modname: string) {}

  spawn(parent: device.Device<device.Bound>, name: string, id: number): string {
    const reg = auxiliary.Registration.new(parent, name, id, this.modname);
    this.#children.add(reg);
    return reg.name;
  }

  get size(): number {
    return this.#children.size;
  }

  async [Symbol.asyncDispose](): Promise<void> {
    await Promise.all([...this.#children].map((child) => child.drop()));
  }
}

interface Dsp {
  readonly regs: devres.Devres<pci.Bar>;
  readonly children: ChildSet;
}

export const dspDriver: pci.Driver<Dsp> = {
  name: 'held4-dsp',
  idTable: [{ vendor: 0x8086, device: 0x51c8 }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'held4-dsp');
    const children = new ChildSet('held4_dsp');
    const dev = pdev.asRef();
    children.spawn(dev, 'probe-cdev', 0);
    children.spawn(dev, 'tracer', 0);
    dev.info(`${children.size} DSP children`);
    return { regs, children };
  },
};
