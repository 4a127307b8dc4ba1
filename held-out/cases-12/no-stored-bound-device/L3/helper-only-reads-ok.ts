// A PCI testdev driver passes its BAR to same-file helpers that only read and write it during the call [class 3]
import type { devres, pci } from '@bindsafe/kernel';

let lastDump = '';

function dumpRegs(bar: pci.Bar, count = 4): string {
  const words: string[] = [];
  for (let off = 0; off < count * 4; off += 4) words.push(bar.read32(off).toString(16));
  return words.join(' ');
}

function reset(bar: pci.Bar): void {
  bar.write32(0, 0x0);
}

export const testdevDriver: pci.Driver<{ readonly regs: devres.Devres<pci.Bar> }> = {
  name: 'testdev-dump-ok',
  idTable: [{ vendor: 0x1b36, device: 0x0005 }],
  probe(pdev) {
    pdev.enableDeviceMem();
    const regs = pdev.iomapRegion(0, 'testdev-dump');
    const bar = regs.access(pdev.asRef());
    reset(bar);
    lastDump = dumpRegs(bar);
    return { regs };
  },
};

export const dump = (): string => lastDump;
