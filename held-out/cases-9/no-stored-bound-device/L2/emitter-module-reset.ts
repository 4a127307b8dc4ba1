// [class 7] A PCI switch listens on a module-level EventEmitter with an arrow that captures its Bar.
import { EventEmitter } from 'node:events';
import type { pci } from '@bindsafe/kernel';

export const fabric = new EventEmitter();

export const driver: pci.Driver<{ readonly bar: pci.Bar }> = {
  name: 'held9-switch-emitter',
  idTable: [{ vendor: 0x111d, device: 0x8090 }],
  probe(pdev) {
    const bar = pdev.iomapRegion(0, 'sw').access(pdev.asRef());
    fabric.on('reset', (port: number) => bar.write32(1 << port, 0x40)); // expect: bindsafe/no-stored-bound-device
    return { bar };
  },
};
