// A PCI video card publishes itself through an imported helper that stores only a Device<Normal> handle.
import type { pci } from '@bindsafe/kernel';
import { publish } from './registry/index.js';

let nextSlot = 0;

export const driver: pci.Driver<{ readonly slot: number }> = {
  name: 'held9-video-publish',
  idTable: [{ vendor: 0x1002, device: 0x73bf }],
  probe(pdev) {
    const slot = nextSlot++;
    publish(slot, pdev);
    return { slot };
  },
};
