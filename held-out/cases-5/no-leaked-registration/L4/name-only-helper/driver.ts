// probe keeps the name an imported helper returns; the LED child that helper made is owned by nobody.
import type { devres, platform } from '@bindsafe/kernel';
import { announceLeds } from './children.js';

interface Ec {
  readonly mem: devres.Devres<platform.IoMem>;
  readonly ledsName: string;
}

export const ecDriver: platform.Driver<Ec> = {
  name: 'held5c-ec',
  idTable: [{ compatible: 'held5c,ec' }],
  probe(pdev) {
    const mem = pdev.iomapResource(0);
    const ledsName = announceLeds(pdev.asRef(), 'held5c_ec'); // expect: bindsafe/no-leaked-registration
    return { mem, ledsName };
  },
};
