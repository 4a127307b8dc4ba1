// A helper in another module drops its probe child only when asked to. [class 4]
import { auxiliary, devres, type device, type pci } from '@bindsafe/kernel';
import { probeChild } from './children.js';

interface D {
  readonly ok: boolean;
}

export const drv61: pci.Driver<D> = {
  name: 'held10-c61',
  idTable: [{ vendor: 0x1af4, device: 0x103d }],
  probe(pdev) {
    const ok = probeChild(pdev, pdev.asRef().name.length % 2 === 0); // expect: bindsafe/no-leaked-registration
    return { ok };
  },
};
