// A PCI bridge stores its BAR through an optional module registry with ?. call.
import type { device, pci } from '@bindsafe/kernel';
export const registry: Map<string, pci.Bar> | undefined = new Map();
export const driver: pci.Driver<{ readonly bar: pci.Bar }> = {
  name: 'h10-bridge-opt',
  idTable: [{ vendor: 0x1af4, device: 0x1099 }],
  probe(pdev) {
    const bar = pdev.iomapRegion(0, 'h10-bridge-opt').access(pdev.asRef());
    const key = `${pdev.name}:cfg`;
    registry?.set(key, bar); // expect: bindsafe/no-stored-bound-device
    return { bar };
  },
};
