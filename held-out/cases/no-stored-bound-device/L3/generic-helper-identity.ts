// A generic helper that returns what it is given; the result stays in the driver data.
import type { devres, pci } from '@bindsafe/kernel';

function checked<T extends { readonly size: number }>(region: T, min: number): T {
  if (region.size < min) throw new Error(`region too small: ${region.size}`);
  return region;
}

export const driver: pci.Driver<{ readonly bar: pci.Bar; readonly regs: devres.Devres<pci.Bar> }> = {
  name: 'held-l3-generic',
  idTable: [{ vendor: 0x1b36, device: 0x0044 }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'held-l3-generic');
    const bar = checked(regs.access(pdev.asRef()), 0x100);
    return { bar, regs };
  },
};
