// An HDA controller calls an imported fire-and-forget helper that makes a codec child. [class 4]
import type { pci } from '@bindsafe/kernel';
import { spawnCodec } from './children.js';

export const hdaDriver: pci.Driver<{ readonly slots: number }> = {
  name: 'hda-ctl',
  idTable: [{ vendor: 0x8086, device: 0xa348 }],
  probe(pdev) {
    pdev.enableDeviceMem();
    spawnCodec(pdev.asRef(), 0); // expect: bindsafe/no-leaked-registration
    return { slots: 1 };
  },
};
