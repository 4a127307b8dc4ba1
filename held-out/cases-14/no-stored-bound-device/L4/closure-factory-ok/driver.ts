// A platform interrupt controller gets a mask callback from an irqchip helper module and keeps it in its driver data. [class 7]
import type { platform } from '@bindsafe/kernel';
import { irqchip_make_mask, type IrqMaskFn } from './irqchip.js';

interface IcData {
  readonly io: platform.IoMem;
  readonly mask: IrqMaskFn;
}

export const ic_driver: platform.Driver<IcData> = {
  name: 'acme_ic',
  idTable: [{ compatible: 'acme,intc' }],
  probe(pdev) {
    const io = pdev.iomapResource(0).access(pdev.asRef());
    const mask = irqchip_make_mask(io);
    for (let hw = 0; hw < 32; hw++) mask(hw, true);
    return { io, mask };
  },
};
