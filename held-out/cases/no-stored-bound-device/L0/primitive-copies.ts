// Numbers and strings read through bound values are copies: storing them is fine. [class 2]
import type { devres, pci } from '@bindsafe/kernel';

export const stats = new Map<string, { vendor: number; status: number; label: string }>();
let lastLabel = '';

export const driver: pci.Driver<{ readonly regs: devres.Devres<pci.Bar> }> = {
  name: 'held-prims',
  idTable: [{ vendor: 0x1b36, device: 0x0014 }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'held-prims');
    const bar = regs.access(pdev.asRef());
    const label = `${pdev.name}:${pdev.revision}`;
    stats.set(pdev.name, { vendor: pdev.vendorId, status: bar.read32(0x4), label });
    lastLabel = label;
    return { regs };
  },
};

export function last(): string {
  return lastLabel;
}
