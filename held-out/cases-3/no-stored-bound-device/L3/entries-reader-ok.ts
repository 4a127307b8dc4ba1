// A same-file helper reads a register table through the Bar and returns plain numbers.
import type { devres, pci } from '@bindsafe/kernel';

const REGS = { id: 0x0, caps: 0x4, status: 0x8 };

function readTable(bar: pci.Bar, table: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(table).map(([name, off]) => [name, bar.read32(off)]));
}

export const tableDriver: pci.Driver<{ readonly regs: devres.Devres<pci.Bar>; readonly caps: number }> = {
  name: 'held-table',
  idTable: [{ vendor: 0x1d0f, device: 0x8061 }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'held-table');
    const values = readTable(regs.access(pdev.asRef()), REGS);
    return { regs, caps: values.caps ?? 0 };
  },
};
