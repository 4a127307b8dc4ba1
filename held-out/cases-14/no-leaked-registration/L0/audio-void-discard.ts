// An HD-audio controller creates its codec child with `void`, as if the registration were a promise to ignore.
import { auxiliary, type pci } from '@bindsafe/kernel';

enum CodecSlot {
  Primary = 0,
  Secondary = 1,
}

interface HdaData {
  readonly slots: readonly CodecSlot[];
}

export const hdaDriver: pci.Driver<HdaData> = {
  name: 'hda-ctl',
  idTable: [{ vendor: 0x8086, device: 0xa0c8 }],
  probe(pdev) {
    pdev.setMaster();
    void auxiliary.Registration.new(pdev.asRef(), 'codec', CodecSlot.Primary, 'hda_ctl'); // expect: bindsafe/no-leaked-registration
    return { slots: [CodecSlot.Primary] };
  },
};
