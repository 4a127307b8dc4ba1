// A platform GPIO block keeps an imported helper's closure over its IoMem in a module-level Map of readers.
import type { platform } from '@bindsafe/kernel';
import { makeStatusReader, type StatusReader } from './handlers.js';

export const statusReaders = new Map<string, StatusReader>();

export const driver: platform.Driver<{ readonly io: platform.IoMem }> = {
  name: 'held8-gpio-readers',
  idTable: [{ compatible: 'acme,gpio-irq' }],
  probe(pdev) {
    const io = pdev.iomapResource(0).access(pdev.asRef());
    statusReaders.set(pdev.name, makeStatusReader(io, 0x1c)); // expect: bindsafe/no-stored-bound-device
    return { io };
  },
};
