// A platform interrupt controller gets a mask callback from an irqchip helper module and installs it as the module's global mask hook. [class 7]
import type { platform } from '@bindsafe/kernel';
import { irqchip_make_mask, type IrqMaskFn } from './irqchip.js';

interface IcData {
  readonly io: platform.IoMem;
}

let g_mask_hook: IrqMaskFn | undefined;

export function ic_mask(hwirq: number): number {
  if (g_mask_hook === undefined) return -19;
  g_mask_hook(hwirq, true);
  return 0;
}

export const ic_driver: platform.Driver<IcData> = {
  name: 'acme_ic',
  idTable: [{ compatible: 'acme,intc' }],
  probe(pdev) {
    const io = pdev.iomapResource(0).access(pdev.asRef());
    g_mask_hook = irqchip_make_mask(io); // expect: bindsafe/no-stored-bound-device
    return { io };
  },
};
