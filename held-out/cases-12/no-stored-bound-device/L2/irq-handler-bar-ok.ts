// A keypad driver's IRQ handler reads the IoMem it captured; the IRQ registration is owned by the driver data [class 7]
import type { devres, platform } from '@bindsafe/kernel';

let hits = 0;

export const keypadDriver: platform.Driver<{ readonly io: devres.Devres<platform.IoMem>; readonly irq: platform.IrqRegistration }> = {
  name: 'keypad-lite-ok',
  idTable: [{ compatible: 'acme,keypad' }],
  probe(pdev) {
    const io = pdev.iomapResource(0);
    const window = io.access(pdev.asRef());
    const irq = pdev.requestIrq(0, 'keypad', () => {
      hits += window.read32(0x8) & 1;
      window.write32(1, 0xc);
    });
    return { io, irq };
  },
};

export const keypadHits = (): number => hits;
