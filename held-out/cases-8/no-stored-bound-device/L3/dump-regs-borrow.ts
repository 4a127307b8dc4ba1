// A PCI bridge formats a register dump with a same-file helper that only reads the Bar during the call.
import type { pci } from '@bindsafe/kernel';

function dumpRegs(bar: pci.Bar, count: number): string {
  const words: string[] = [];
  for (let i = 0; i < count; i++) words.push(bar.read32(i * 4).toString(16));
  return words.join(' ');
}

export const driver: pci.Driver<{ readonly bar: pci.Bar; readonly dump: string }> = {
  name: 'held8-bridge-dump',
  idTable: [{ vendor: 0x1b36, device: 0x0001 }],
  probe(pdev) {
    const bar = pdev.iomapRegion(0, 'bridge').access(pdev.asRef());
    const dump = dumpRegs(bar, 8);
    return { bar, dump };
  },
};
