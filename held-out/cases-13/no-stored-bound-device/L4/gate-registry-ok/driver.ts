// A platform clock-controller driver builds Gate objects (another module) that register themselves in a module-level registry but hold only the Devres container. [class 4]
import type { devres, platform } from '@bindsafe/kernel';
import { Gate } from './gate.js';

class ClockController {
  constructor(readonly io: devres.Devres<platform.IoMem>, readonly gates: readonly string[]) {}
}

export const ccuDriver: platform.Driver<ClockController> = {
  name: 'sunxi-ccu-lite',
  idTable: [{ compatible: 'allwinner,sun50i-h6-ccu' }],
  probe(pdev) {
    const res = pdev.iomapResource(0);
    res.access(pdev.asRef()).write32(0, 0x00);
    const uart0 = new Gate(`${pdev.name}:uart0`, res, 16);
    uart0.enable();
    return new ClockController(res, [uart0.id]);
  },
};
