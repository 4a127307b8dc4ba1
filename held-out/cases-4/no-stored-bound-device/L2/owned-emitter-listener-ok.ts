// An EventEmitter made in probe and owned by the driver data holds a listener over the IoMem; the IRQ handler (its registration owned by the data) reads the IoMem and emits. [class 4]
import { EventEmitter } from 'node:events';
import type { devres, platform } from '@bindsafe/kernel';

interface GpioData {
  readonly mem: devres.Devres<platform.IoMem>;
  readonly events: EventEmitter;
  readonly irq: platform.IrqRegistration;
}

export const gpioDriver: platform.Driver<GpioData> = {
  name: 'held-gpio',
  idTable: [{ compatible: 'brcm,bcm2835-gpio' }],
  probe(pdev) {
    const mem = pdev.iomapResource(0);
    const io = mem.access(pdev.asRef());
    const events = new EventEmitter();
    events.on('edge', (line: number) => io.write32(1 << line, 0x40));
    const irq = pdev.requestIrq(0, 'held-gpio', () => {
      const pending = io.read32(0x40);
      for (let line = 0; line < 32; line++) if (pending & (1 << line)) events.emit('edge', line);
    });
    return { mem, events, irq };
  },
};
