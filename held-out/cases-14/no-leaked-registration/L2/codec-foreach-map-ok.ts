// A platform audio complex fills a Map of codec children from a Set's forEach and hands the Map to its driver data. [class 7]
import { auxiliary, type platform } from '@bindsafe/kernel';

const ENABLED = new Set(['dmic', 'spk'] as const);

interface ComplexData {
  readonly byName: Map<string, auxiliary.Registration>;
}

export const audioComplexDriver: platform.Driver<ComplexData> = {
  name: 'audio-complex',
  idTable: [{ compatible: 'acme,audio-complex' }],
  probe(pdev) {
    const byName = new Map<string, auxiliary.Registration>();
    ENABLED.forEach((name) => {
      byName.set(name, auxiliary.Registration.new(pdev.asRef(), name, byName.size, 'audio_complex'));
    });
    return { byName };
  },
};
