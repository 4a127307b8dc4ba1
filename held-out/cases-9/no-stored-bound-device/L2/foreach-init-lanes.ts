// A PCI SerDes initialises its lanes in a forEach callback that uses the Bar only during the call.
import type { pci } from '@bindsafe/kernel';

const LANES = [0, 1, 2, 3] as const;

export const driver: pci.Driver<{ readonly bar: pci.Bar; readonly trained: number }> = {
  name: 'held9-serdes-foreach',
  idTable: [{ vendor: 0x1172, device: 0xe001 }],
  probe(pdev) {
    const bar = pdev.iomapRegion(0, 'serdes').access(pdev.asRef());
    let trained = 0;
    LANES.forEach((lane) => {
      bar.write32(0x1, 0x100 + lane * 4);
      if ((bar.read32(0x200 + lane * 4) & 1) !== 0) trained++;
    });
    return { bar, trained };
  },
};
