// A platform audio complex keys its codec children by name in a local Map and returns the map's values and its keys. [class 2]
import { auxiliary, type platform } from '@bindsafe/kernel';

const CODECS = ['dmic', 'hp', 'spk'] as const;
type CodecName = (typeof CODECS)[number];

interface ComplexData {
  readonly codecs: CodecName[];
  readonly children: auxiliary.Registration[];
}

export const audioComplexDriver: platform.Driver<ComplexData> = {
  name: 'audio-complex',
  idTable: [{ compatible: 'acme,audio-complex' }],
  probe(pdev) {
    const byName = new Map<CodecName, auxiliary.Registration>();
    let id = 0;
    for (const name of CODECS) {
      byName.set(name, auxiliary.Registration.new(pdev.asRef(), name, id++, 'audio_complex'));
    }
    return { codecs: [...byName.keys()], children: [...byName.values()] };
  },
};
