// unbind parks the Bar it obtained through the data on globalThis for a post-mortem dump.
import type { devres, pci } from '@bindsafe/kernel';

declare global {
  var lastBar: pci.Bar | undefined;
}

export const dumpDriver: pci.Driver<{ readonly regs: devres.Devres<pci.Bar> }> = {
  name: 'held-dump',
  idTable: [{ vendor: 0x1022, device: 0x1480 }],
  probe(pdev) {
    return { regs: pdev.iomapRegion(0, 'held-dump') };
  },
  unbind(pdev, data) {
    const bar = data.regs.access(pdev.asRef());
    bar.write32(0, 0x8);
    globalThis.lastBar = bar; // expect: bindsafe/no-stored-bound-device
  },
};
