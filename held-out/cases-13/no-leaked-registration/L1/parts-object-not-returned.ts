// Children are grouped in a local parts object; the data copies only a string out of it. [class 6]
import { auxiliary, type platform } from '@bindsafe/kernel';

export const codecDriver: platform.Driver<{ readonly label: string }> = {
  name: 'audio-codec',
  idTable: [{ compatible: 'vendor,codec' }],
  probe(pdev) {
    const parts = {
      jack: auxiliary.Registration.new(pdev.asRef(), 'jack', 0, 'codec'), // expect: bindsafe/no-leaked-registration
      label: pdev.compatible,
    };
    const { jack, ...meta } = parts;
    return { label: `${meta.label}/${jack.name}` };
  },
};
