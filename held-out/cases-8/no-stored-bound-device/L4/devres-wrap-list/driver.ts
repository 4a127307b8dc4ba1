// A platform crypto block stores its IoMem in a Devres through an imported helper; only the container goes into a module list.
import type { devres, platform } from '@bindsafe/kernel';
import { wrapWindow } from './wrap.js';

export const driver: platform.Driver<{ readonly window: devres.Devres<{ readonly io: platform.IoMem }> }> = {
  name: 'held8-crypto-devres-wrap',
  idTable: [{ compatible: 'acme,crypto' }],
  probe(pdev) {
    const io = pdev.iomapResource(0).access(pdev.asRef());
    return { window: wrapWindow(pdev.asRef(), io) };
  },
};
