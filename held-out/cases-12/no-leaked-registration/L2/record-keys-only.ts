// A platform audio DSP files its children under their names in a local record from forEach and returns only the names. [class 2, class 7]
import { auxiliary, type platform } from '@bindsafe/kernel';

export const adspDriver: platform.Driver<{ readonly endpoints: readonly string[] }> = {
  name: 'adsp-lite',
  idTable: [{ compatible: 'acme,adsp' }],
  probe(pdev) {
    const byEndpoint: Record<string, auxiliary.Registration> = {};
    ['pcm', 'compr', 'probe'].forEach((ep, id) => {
      byEndpoint[ep] = auxiliary.Registration.new(pdev.asRef(), `adsp-${ep}`, id, 'adsp_lite'); // expect: bindsafe/no-leaked-registration
    });
    return { endpoints: Object.keys(byEndpoint) };
  },
};
