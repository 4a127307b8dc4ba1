// A sound card destructures a pair of children and keeps only the first one. [class 6]
import { auxiliary, type pci } from '@bindsafe/kernel';

interface SoundData {
  readonly playback: auxiliary.Registration;
}

export const soundDriver: pci.Driver<SoundData> = {
  name: 'held8-sound',
  idTable: [{ vendor: 0x1102, device: 0x0012 }],
  probe(pdev) {
    const [playback, capture] = [
      auxiliary.Registration.new(pdev.asRef(), 'pcm-playback', 0, 'held8_sound'),
      auxiliary.Registration.new(pdev.asRef(), 'pcm-capture', 0, 'held8_sound'), // expect: bindsafe/no-leaked-registration
    ];
    console.debug(`held8-sound: capture ${capture.name}`);
    return { playback };
  },
};
