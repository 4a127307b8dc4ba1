// A PCI NIC remembers the last mapped BAR in a module-level let for a debugfs dump.
import type { device, pci } from '@bindsafe/kernel';
let lastBar: pci.Bar | undefined;
export const dump = (): number => lastBar?.read32(0) ?? 0;
export const driver: pci.Driver<{ readonly bar: pci.Bar }> = {
  name: 'h10-nic-last',
  idTable: [{ vendor: 0x1af4, device: 0x1073 }],
  probe(pdev) {
    const bar = pdev.iomapRegion(0, 'h10-nic-last').access(pdev.asRef());
    lastBar = bar; // expect: bindsafe/no-stored-bound-device
    return { bar };
  },
};
