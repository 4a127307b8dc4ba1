// A PCI sound card destructures a resources object and pushes the renamed BAR to a module list.
import type { device, pci } from '@bindsafe/kernel';
const mixers: pci.Bar[] = [];
export const driver: pci.Driver<{ readonly bar: pci.Bar }> = {
  name: 'h10-snd-destr',
  idTable: [{ vendor: 0x1af4, device: 0x1035 }],
  probe(pdev) {
    const bar = pdev.iomapRegion(0, 'h10-snd-destr').access(pdev.asRef());
    const res = { mix: bar, irq: 5 };
    const { mix: mixer } = res;
    mixers.push(mixer); // expect: bindsafe/no-stored-bound-device
    return { bar };
  },
};
