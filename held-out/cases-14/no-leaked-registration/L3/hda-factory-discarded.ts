// An HD-audio controller looks up a codec factory by name and discards the registration the factory returns. [class 7]
import { auxiliary, type device, type pci } from '@bindsafe/kernel';

type Factory = (parent: device.Device<device.Bound>) => auxiliary.Registration;

function makeCodec(parent: device.Device<device.Bound>): auxiliary.Registration {
  return auxiliary.Registration.new(parent, 'codec', 0, 'hda_ctl');
}

const FACTORIES: ReadonlyMap<string, Factory> = new Map([['codec', makeCodec]]);

interface HdaData {
  readonly codecs: number;
}

export const hdaDriver: pci.Driver<HdaData> = {
  name: 'hda-ctl',
  idTable: [{ vendor: 0x8086, device: 0xa0c8 }],
  probe(pdev) {
    makeCodec(pdev.asRef()); // expect: bindsafe/no-leaked-registration
    return { codecs: FACTORIES.size };
  },
};
