// An HD-audio controller hands its codec child to devres through a DisposableStack (new_foreign_owned style). [class 1]
import { auxiliary, devres, type pci } from '@bindsafe/kernel';

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
    const codec = auxiliary.Registration.new(pdev.asRef(), 'codec', CodecSlot.Primary, 'hda_ctl');
    const teardown = new DisposableStack();
    teardown.adopt(codec, (reg) => void reg.drop());
    devres.register(pdev.asRef(), teardown);
    return { slots: [CodecSlot.Primary] };
  },
};
