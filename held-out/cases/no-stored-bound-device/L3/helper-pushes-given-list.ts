// A helper pushes into the list its caller gives; probe gives it a module-level list.
import type { devres, pci } from '@bindsafe/kernel';

const globalBars: pci.Bar[] = [];

function addTo<T>(list: T[], item: T): void {
  list.push(item);
}

export const driver: pci.Driver<{ readonly regs: devres.Devres<pci.Bar>; readonly local: pci.Bar[] }> = {
  name: 'held-l3-push',
  idTable: [{ vendor: 0x1b36, device: 0x0041 }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'held-l3-push');
    const bar = regs.access(pdev.asRef());
    const local: pci.Bar[] = [];
    addTo(local, bar);
    addTo(globalBars, bar); // expect: bindsafe/no-stored-bound-device
    return { regs, local };
  },
};
