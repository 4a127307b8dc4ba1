// A PCI RAID card passes its BAR to a same-file helper that pushes it into a module registry.
import type { device, pci } from '@bindsafe/kernel';
const arrays: pci.Bar[] = [];
function remember(regs: pci.Bar): void {
  arrays.push(regs);
}
export const driver: pci.Driver<{ readonly bar: pci.Bar }> = {
  name: 'h10-raid-help',
  idTable: [{ vendor: 0x1af4, device: 0x1063 }],
  probe(pdev) {
    const bar = pdev.iomapRegion(0, 'h10-raid-help').access(pdev.asRef());
    remember(bar); // expect: bindsafe/no-stored-bound-device
    return { bar };
  },
};
