// A generic helper over anything with read32 reduces a few registers during the call. [class 3]
import type { devres, pci } from '@bindsafe/kernel';

interface Readable {
  read32(offset: number): number;
}

function checksum<T extends Readable>(io: T, offsets: readonly number[]): number {
  return offsets.reduce((acc, off) => (acc + io.read32(off)) >>> 0, 0);
}

export const driver: pci.Driver<{ readonly regs: devres.Devres<pci.Bar>; readonly sum: number }> = {
  name: 'held2-nsbd-generic',
  idTable: [{ vendor: 0x1af4, device: 0x1131 }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'held2-nsbd-generic');
    const sum = checksum(regs.access(pdev.asRef()), [0, 4, 8, 12]);
    return { regs, sum };
  },
};
