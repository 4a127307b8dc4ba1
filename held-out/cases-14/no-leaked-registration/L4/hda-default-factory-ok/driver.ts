// An HD-audio controller calls a default-exported codec factory for each slot in its table and keeps the codecs in its driver data.
import type { auxiliary, pci } from '@bindsafe/kernel';
import makeCodec from './codec.js';

const SLOTS = [0, 1] as const;

interface HdaData {
  readonly codecs: readonly auxiliary.Registration[];
}

export const hdaDriver: pci.Driver<HdaData> = {
  name: 'hda-ctl',
  idTable: [{ vendor: 0x8086, device: 0xa0c8 }],
  probe(pdev) {
    pdev.setMaster();
    const codecs: auxiliary.Registration[] = [];
    for (const slot of SLOTS) {
      codecs.push(makeCodec(pdev.asRef(), slot));
    }
    return { codecs };
  },
};
