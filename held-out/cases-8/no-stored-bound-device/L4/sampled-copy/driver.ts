// A platform light sensor stores the average computed by an imported helper (a number) in a module variable.
import type { platform } from '@bindsafe/kernel';
import { averageOf } from './sample.js';

export let ambientBaseline = 0;

export const driver: platform.Driver<{ readonly io: platform.IoMem }> = {
  name: 'held8-als-copy',
  idTable: [{ compatible: 'acme,als' }],
  probe(pdev) {
    const io = pdev.iomapResource(0).access(pdev.asRef());
    ambientBaseline = averageOf(io, { offset: 0x20 });
    return { io };
  },
};
