// A keypad driver's IRQ handler records the IoMem that raised the last interrupt in a module variable [class 7]
import type { devres, platform } from '@bindsafe/kernel';

let lastSource: platform.IoMem | undefined;
let hits = 0;

export const keypadDriver: platform.Driver<{ readonly io: devres.Devres<platform.IoMem>; readonly irq: platform.IrqRegistration }> = {
  name: 'keypad-lite',
  idTable: [{ compatible: 'acme,keypad' }],
  probe(pdev) {
    const io = pdev.iomapResource(0);
    const window = io.access(pdev.asRef());
    const irq = pdev.requestIrq(0, 'keypad', () => {
      hits += 1;
      lastSource = window; // expect: bindsafe/no-stored-bound-device
    });
    return { io, irq };
  },
};

export const keypadHits = (): number => hits + (lastSource?.size ?? 0);
