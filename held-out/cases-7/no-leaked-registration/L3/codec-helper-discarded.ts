// An audio DSP calls a same-file helper that makes a codec child and returns it, but probe ignores the result.
import { auxiliary, type device, type platform } from '@bindsafe/kernel';

function spawnCodec(parent: device.Device<device.Bound>, id: number): auxiliary.Registration {
  return auxiliary.Registration.new(parent, 'dsp-codec', id, 'held7_dsp');
}

interface DspData {
  readonly cores: number;
}

export const dspDriver: platform.Driver<DspData> = {
  name: 'held7-dsp',
  idTable: [{ compatible: 'vendor,adsp' }],
  probe(pdev) {
    spawnCodec(pdev.asRef(), 0); // expect: bindsafe/no-leaked-registration
    return { cores: 2 };
  },
};
