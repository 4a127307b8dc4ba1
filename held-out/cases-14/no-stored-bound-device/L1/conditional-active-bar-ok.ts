// A dual-BAR PCI flash controller picks its active BAR container by revision with a conditional and publishes it in a module variable. [class 3]
import type { devres, pci } from '@bindsafe/kernel';

const FL_CMD = 0x0;

interface FlashData {
  readonly legacy: devres.Devres<pci.Bar>;
  readonly modern: devres.Devres<pci.Bar>;
}

let g_active: devres.Devres<pci.Bar> | undefined;

export function flash_cmd(op: number): number {
  const r = g_active?.tryAccessWith((bar) => {
    bar.write32(op, FL_CMD);
    return 0;
  });
  return r ?? -19;
}

export const flash_driver: pci.Driver<FlashData> = {
  name: 'flash_pci',
  idTable: [{ vendor: 0x1e0f, device: 0x0001 }],
  probe(pdev) {
    const legacy = pdev.iomapRegion(0, 'flash');
    const modern = pdev.iomapRegion(2, 'flash');
    g_active = pdev.revision >= 2 ? modern : legacy;
    return { legacy, modern };
  },
};
