// A fluent builder that makes a child per `add` is used in probe, and the builder is not kept.
import { auxiliary, type device, type devres, type pci } from '@bindsafe/kernel';

class ChildSet {
  readonly children: auxiliary.Registration[] = [];
  constructor(private readonly parent: device.Device<device.Bound>) {}
  add(name: string): this {
    this.children.push(auxiliary.Registration.new(this.parent, name, this.children.length, 'held_set'));
    return this;
  }
}

export const setDriver: pci.Driver<{ readonly regs: devres.Devres<pci.Bar> }> = {
  name: 'held-set',
  idTable: [{ vendor: 0x10de, device: 0x2312 }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'held-set');
    new ChildSet(pdev.asRef()).add('held-set-a').add('held-set-b'); // expect: bindsafe/no-leaked-registration
    return { regs };
  },
};
