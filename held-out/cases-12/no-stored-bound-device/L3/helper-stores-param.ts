// A PCI testdev driver hands its BAR to a same-file helper that caches it for a debug dump [class 3]
import type { devres, pci } from '@bindsafe/kernel';

let dumpSource: pci.Bar | undefined;

function rememberForDump(bar: pci.Bar): void {
  dumpSource = bar;
}

export function dump(): string {
  return dumpSource ? dumpSource.read32(0).toString(16) : 'n/a';
}

export const testdevDriver: pci.Driver<{ readonly regs: devres.Devres<pci.Bar> }> = {
  name: 'testdev-dump',
  idTable: [{ vendor: 0x1b36, device: 0x0005 }],
  probe(pdev) {
    pdev.enableDeviceMem();
    const regs = pdev.iomapRegion(0, 'testdev-dump');
    rememberForDump(regs.access(pdev.asRef())); // expect: bindsafe/no-stored-bound-device
    return { regs };
  },
};
