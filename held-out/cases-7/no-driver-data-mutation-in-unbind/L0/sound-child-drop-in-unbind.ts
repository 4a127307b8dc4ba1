// A PCI sound card drops the codec child registration its data owns by hand in unbind.
import { auxiliary, type pci } from '@bindsafe/kernel';

interface SoundData {
  readonly codec: auxiliary.Registration;
  readonly streams: number;
}

export const soundDriver: pci.Driver<SoundData> = {
  name: 'held7-snd',
  idTable: [{ vendor: 0x8086, device: 0x51c8 }],
  probe(pdev) {
    const codec = auxiliary.Registration.new(pdev.asRef(), 'codec', 0, 'held7_snd');
    return { codec, streams: 4 };
  },
  unbind(pdev, data) {
    pdev.asRef().info(`snd: closing ${data.streams} streams`);
    void data.codec.drop(); // expect: bindsafe/no-driver-data-mutation-in-unbind
  },
};
