// A .then continuation writes through a Bar after probe returned.
import type { devres, pci } from '@bindsafe/kernel';

const firmwareReady = Promise.resolve(0x1234);

export const driver: pci.Driver<{ readonly regs: devres.Devres<pci.Bar> }> = {
  name: 'held-l2-then',
  idTable: [{ vendor: 0x1b36, device: 0x0031 }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'held-l2-then');
    const bar = regs.access(pdev.asRef());
    void firmwareReady.then((word) => bar.write32(word, 0x100)); // expect: bindsafe/no-stored-bound-device
    return { regs };
  },
};
