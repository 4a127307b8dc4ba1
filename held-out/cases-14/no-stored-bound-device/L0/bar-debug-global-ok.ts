// A PCI test device keeps its BAR container (a revocable handle) in a module variable for a debug read hook. [class 3]
import type { devres, pci } from '@bindsafe/kernel';

const REG_STATUS = 0x04;

interface TstData {
  readonly regs: devres.Devres<pci.Bar>;
}

let g_dbg_regs: devres.Devres<pci.Bar> | undefined;

export function tst_debug_status(): number {
  if (g_dbg_regs === undefined) return -19;
  const v = g_dbg_regs.tryAccessWith((bar) => bar.read32(REG_STATUS));
  if (v === undefined) return -6;
  return v;
}

export const tst_driver: pci.Driver<TstData> = {
  name: 'tst_pci',
  idTable: [{ vendor: 0x1b36, device: 0x0005 }],
  probe(pdev) {
    pdev.enableDeviceMem();
    const regs = pdev.iomapRegion(0, 'tst_pci');
    g_dbg_regs = regs;
    return { regs };
  },
};
