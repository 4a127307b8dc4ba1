// [class 4] A PCI link manager creates an EventEmitter in probe, listens with a Bar-capturing arrow, and keeps the emitter in the data.
import { EventEmitter } from 'node:events';
import type { pci } from '@bindsafe/kernel';

interface LinkData {
  readonly bar: pci.Bar;
  readonly events: EventEmitter;
}

export const driver: pci.Driver<LinkData> = {
  name: 'held9-link-emitter',
  idTable: [{ vendor: 0x1ae0, device: 0x0042 }],
  probe(pdev) {
    const bar = pdev.iomapRegion(0, 'link').access(pdev.asRef());
    const events = new EventEmitter();
    events.on('retrain', () => bar.write32(1, 0x18));
    return { bar, events };
  },
};
