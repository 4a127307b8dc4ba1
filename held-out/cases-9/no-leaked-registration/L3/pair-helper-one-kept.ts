// A helper makes a `{ left, right }` pair of speaker children; probe keeps only `left`.
import { auxiliary, type device, type pci } from '@bindsafe/kernel';

interface SpeakerPair {
  readonly left: auxiliary.Registration;
  readonly right: auxiliary.Registration;
}

function makePair(dev: device.Device<device.Bound>): SpeakerPair {
  return {
    left: auxiliary.Registration.new(dev, 'spk-left', 0, 'held9_amp'),
    right: auxiliary.Registration.new(dev, 'spk-right', 0, 'held9_amp'),
  };
}

interface AmpData {
  readonly left: auxiliary.Registration;
}

export const ampDriver: pci.Driver<AmpData> = {
  name: 'held9-amp',
  idTable: [{ vendor: 0x1013, device: 0x6003 }],
  probe(pdev) {
    const { left } = makePair(pdev.asRef()); // expect: bindsafe/no-leaked-registration
    return { left };
  },
};
