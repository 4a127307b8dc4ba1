// A dual-BAR PCI flash controller picks its active BAR by revision with a conditional and publishes it in a module variable. [class 6]
import type { pci } from '@bindsafe/kernel';

const FL_CMD = 0x0;

interface FlashData {
  readonly legacy: pci.Bar;
  readonly modern: pci.Bar;
}

let g_active: pci.Bar | undefined;

export function flash_cmd(op: number): number {
  if (!g_active) return -19;
  g_active.write32(op, FL_CMD);
  return 0;
}

export const flash_driver: pci.Driver<FlashData> = {
  name: 'flash_pci',
  idTable: [{ vendor: 0x1e0f, device: 0x0001 }],
  probe(pdev) {
    const legacy = pdev.iomapRegion(0, 'flash').access(pdev.asRef());
    const modern = pdev.iomapRegion(2, 'flash').access(pdev.asRef());
    g_active = pdev.revision >= 2 ? modern : legacy; // expect: bindsafe/no-stored-bound-device
    return { legacy, modern };
  },
};
