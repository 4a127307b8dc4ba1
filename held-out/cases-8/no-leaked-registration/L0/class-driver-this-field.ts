// A driver written as a class keeps its codec child on `this`: the driver object outlives every binding.
import { auxiliary, type device, type pci } from '@bindsafe/kernel';

interface AudioData {
  readonly streams: number;
}

class AudioDriver implements pci.Driver<AudioData> {
  readonly name = 'held8-audio';
  readonly idTable = [{ vendor: 0x10de, device: 0x0fb9 }];
  private codec?: auxiliary.Registration;

  probe(pdev: pci.Device<device.Core>): AudioData {
    this.codec = auxiliary.Registration.new(pdev.asRef(), 'codec', 0, 'held8_audio'); // expect: bindsafe/no-leaked-registration
    return { streams: 2 };
  }
}

export const audioDriver = new AudioDriver();
