// A codec picks its jack-detect child in a `switch` with `break`; the data built afterwards only records the variant.
import { auxiliary, type pci } from '@bindsafe/kernel';

enum JackKind {
  Headset = 'headset',
  LineOut = 'line-out',
}

interface CodecInfo {
  readonly jack: JackKind;
}

interface CodecData {
  readonly jack: JackKind;
  readonly rate: number;
}

export const codecDriver: pci.Driver<CodecData, CodecInfo> = {
  name: 'held9-codec',
  idTable: [{ vendor: 0x10ec, device: 0x0295, info: { jack: JackKind.Headset } }],
  probe(pdev, info) {
    const jack = info?.jack ?? JackKind.LineOut;
    switch (jack) {
      case JackKind.Headset:
        auxiliary.Registration.new(pdev.asRef(), 'jack-headset', 0, 'held9_codec'); // expect: bindsafe/no-leaked-registration
        break;
      case JackKind.LineOut:
        break;
    }
    return { jack, rate: 48_000 };
  },
};
