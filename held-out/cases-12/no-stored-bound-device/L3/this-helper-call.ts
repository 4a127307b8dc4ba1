// A RAID HBA keeps its BAR via a `this`-typed helper invoked with .call on a module-level registry [class 8]
import type { devres, pci } from '@bindsafe/kernel';

interface Registry {
  readonly items: pci.Bar[];
}

const registry: Registry = { items: [] };

function keep(this: Registry, bar: pci.Bar): void {
  this.items.push(bar);
}

export const hbaDriver: pci.Driver<{ readonly regs: devres.Devres<pci.Bar> }> = {
  name: 'hba-lite',
  idTable: [{ vendor: 0x1000, device: 0x0097 }],
  probe(pdev) {
    pdev.enableDeviceMem();
    const regs = pdev.iomapRegion(1, 'hba');
    keep.call(registry, regs.access(pdev.asRef())); // expect: bindsafe/no-stored-bound-device
    return { regs };
  },
};
