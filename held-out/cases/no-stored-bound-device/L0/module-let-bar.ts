// The Bar from devres.access() is kept in a module variable for a debug dump.
import type { devres, pci } from '@bindsafe/kernel';

let debugBar: pci.Bar | undefined;

export const driver: pci.Driver<{ readonly regs: devres.Devres<pci.Bar> }> = {
  name: 'held-l0-b',
  idTable: [{ vendor: 0x1af4, device: 0x1001 }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'held-l0-b');
    debugBar = regs.access(pdev.asRef()); // expect: bindsafe/no-stored-bound-device
    return { regs };
  },
};

export function dump(): number {
  return debugBar?.read32(0) ?? -1;
}
