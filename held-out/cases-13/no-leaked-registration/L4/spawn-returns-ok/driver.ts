// An HDA controller keeps the codec children an imported helper made in its driver data. [class 4]
import type { auxiliary, pci } from '@bindsafe/kernel';
import { spawnCodec } from './children.js';

interface HdaData {
  readonly codecs: auxiliary.Registration[];
}

export const hdaDriver: pci.Driver<HdaData, { slots: number }> = {
  name: 'hda-ctl',
  idTable: [{ vendor: 0x8086, device: 0xa348, info: { slots: 2 } }],
  probe(pdev, info) {
    pdev.enableDeviceMem();
    const codecs: auxiliary.Registration[] = [];
    for (let slot = 0; slot < (info?.slots ?? 1); slot++) codecs.push(spawnCodec(pdev.asRef(), slot));
    return { codecs };
  },
};
