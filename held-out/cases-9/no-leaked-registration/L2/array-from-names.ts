// A multi-function sound card makes its PCM children with `Array.from({ length })` and keeps only their names.
import { auxiliary, type pci } from '@bindsafe/kernel';

interface SoundData {
  readonly pcmNames: readonly string[];
}

export const soundDriver: pci.Driver<SoundData> = {
  name: 'held9-sound',
  idTable: [{ vendor: 0x1102, device: 0x0012 }],
  probe(pdev) {
    const pcms = Array.from({ length: 4 }, (_, i) => auxiliary.Registration.new(pdev.asRef(), 'pcm', i, 'held9_snd')); // expect: bindsafe/no-leaked-registration
    return { pcmNames: pcms.map((p) => `${p.name}${pcms.indexOf(p)}`) };
  },
};
