// A PCI HBA picks its primary or secondary Bar with a ternary and keeps the choice in a module `let`.
import type { pci } from '@bindsafe/kernel';

interface HbaInfo {
  readonly usePrimary: boolean;
}

let active: pci.Bar | undefined;

export const driver: pci.Driver<{ readonly primary: pci.Bar; readonly secondary: pci.Bar }, HbaInfo> = {
  name: 'held9-hba-ternary',
  idTable: [{ vendor: 0x9005, device: 0x028f, info: { usePrimary: false } }],
  probe(pdev, info) {
    const primary = pdev.iomapRegion(0, 'hba0').access(pdev.asRef());
    const secondary = pdev.iomapRegion(1, 'hba1').access(pdev.asRef());
    const chosen = info?.usePrimary ?? true ? primary : secondary;
    active = chosen; // expect: bindsafe/no-stored-bound-device
    return { primary, secondary };
  },
};
