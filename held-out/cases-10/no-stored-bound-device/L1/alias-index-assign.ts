// A PCI serial card aliases its BAR and writes it into a module slot table by index.
import type { device, pci } from '@bindsafe/kernel';
const slots: (pci.Bar | null)[] = [null, null, null, null];
export const driver: pci.Driver<{ readonly bar: pci.Bar }> = {
  name: 'h10-ser-slots',
  idTable: [{ vendor: 0x1af4, device: 0x1013 }],
  probe(pdev) {
    const bar = pdev.iomapRegion(0, 'h10-ser-slots').access(pdev.asRef());
    const port = bar;
    const idx = port.read8(0) & 3;
    slots[idx] = port; // expect: bindsafe/no-stored-bound-device
    return { bar };
  },
};
