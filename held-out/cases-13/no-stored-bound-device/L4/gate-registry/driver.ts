// A platform clock-controller driver builds Gate objects (another module) whose constructor keeps the IoMem and registers the gate in a module-level registry. [class 4]
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
    const io = res.access(pdev.asRef());
    const uart0 = new Gate(`${pdev.name}:uart0`, io, 16); // expect: bindsafe/no-stored-bound-device
    uart0.enable();
    return new ClockController(res, [uart0.id]);
  },
};
