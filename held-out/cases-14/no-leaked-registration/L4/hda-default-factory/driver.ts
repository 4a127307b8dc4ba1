// An HD-audio controller calls a default-exported codec factory from another module for each slot in its table and discards what it returns.
import type { pci } from '@bindsafe/kernel';
import makeCodec from './codec.js';

const SLOTS = [0, 1] as const;

interface HdaData {
  readonly slots: number;
}

export const hdaDriver: pci.Driver<HdaData> = {
  name: 'hda-ctl',
  idTable: [{ vendor: 0x8086, device: 0xa0c8 }],
  probe(pdev) {
    pdev.setMaster();
    for (const slot of SLOTS) {
      makeCodec(pdev.asRef(), slot); // expect: bindsafe/no-leaked-registration
    }
    return { slots: SLOTS.length };
  },
};
