// An emitter created in probe and kept by the driver data owns its listeners. [class 4]
import { EventEmitter } from 'node:events';
import type { devres, pci } from '@bindsafe/kernel';

interface Data {
  readonly regs: devres.Devres<pci.Bar>;
  readonly events: EventEmitter;
}

export const driver: pci.Driver<Data> = {
  name: 'held-l2-owned-emitter',
  idTable: [{ vendor: 0x1b36, device: 0x0033 }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'held-l2-owned-emitter');
    const bar = regs.access(pdev.asRef());
    const events = new EventEmitter();
    events.on('doorbell', (value: number) => bar.write32(value, 0x20));
    return { regs, events };
  },
};
