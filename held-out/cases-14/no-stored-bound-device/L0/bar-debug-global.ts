// A PCI test device keeps its BAR in a module variable for a debug read hook. [class 3]
import type { devres, pci } from '@bindsafe/kernel';

const REG_STATUS = 0x04;

interface TstData {
  readonly regs: devres.Devres<pci.Bar>;
}

let g_dbg_bar: pci.Bar | undefined;

export function tst_debug_status(): number {
  if (g_dbg_bar === undefined) return -19;
  return g_dbg_bar.read32(REG_STATUS);
}

export const tst_driver: pci.Driver<TstData> = {
  name: 'tst_pci',
  idTable: [{ vendor: 0x1b36, device: 0x0005 }],
  probe(pdev) {
    pdev.enableDeviceMem();
    const regs = pdev.iomapRegion(0, 'tst_pci');
    g_dbg_bar = regs.access(pdev.asRef()); // expect: bindsafe/no-stored-bound-device
    return { regs };
  },
};
