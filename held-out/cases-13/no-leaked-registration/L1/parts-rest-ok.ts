// The parts object is destructured with a rest; both the renamed child and the rest go to the data. [class 6]
import { auxiliary, type platform } from '@bindsafe/kernel';

interface CodecData {
  readonly headset: auxiliary.Registration;
  readonly label: string;
  readonly mic: auxiliary.Registration;
}

export const codecDriver: platform.Driver<CodecData> = {
  name: 'audio-codec',
  idTable: [{ compatible: 'vendor,codec' }],
  probe(pdev) {
    const parts = {
      jack: auxiliary.Registration.new(pdev.asRef(), 'jack', 0, 'codec'),
      mic: auxiliary.Registration.new(pdev.asRef(), 'mic', 0, 'codec'),
      label: pdev.compatible,
    };
    const { jack: headset, ...rest } = parts;
    return { headset, ...rest };
  },
};
