// A platform audio DSP files its children under their names in a Map from forEach and keeps the Map in its data. [class 7]
import { auxiliary, type platform } from '@bindsafe/kernel';

interface Adsp {
  readonly byEndpoint: ReadonlyMap<string, auxiliary.Registration>;
}

export const adspDriver: platform.Driver<Adsp> = {
  name: 'adsp-lite',
  idTable: [{ compatible: 'acme,adsp' }],
  probe(pdev) {
    const byEndpoint = new Map<string, auxiliary.Registration>();
    ['pcm', 'compr', 'probe'].forEach((ep, id) => {
      byEndpoint.set(ep, auxiliary.Registration.new(pdev.asRef(), `adsp-${ep}`, id, 'adsp_lite'));
    });
    return { byEndpoint };
  },
};
