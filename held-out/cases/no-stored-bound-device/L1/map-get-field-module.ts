// A store through map.get(k)!.field into a module-level slot table. [class 6]
import type { devres, pci } from '@bindsafe/kernel';

interface Slot {
  bar?: pci.Bar;
  users: number;
}
const slots = new Map<string, Slot>([['gpu0', { users: 0 }]]);

export const driver: pci.Driver<{ readonly regs: devres.Devres<pci.Bar> }> = {
  name: 'held-l1-mapget',
  idTable: [{ vendor: 0x1b36, device: 0x0029 }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'held-l1-mapget');
    slots.get('gpu0')!.bar = regs.access(pdev.asRef()); // expect: bindsafe/no-stored-bound-device
    return { regs };
  },
};
