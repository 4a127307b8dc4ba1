// A Bluetooth controller calls an imported helper whose child lives only in a listener on the shared event bus.
import type { pci } from '@bindsafe/kernel';
import { announce } from './announce.js';

interface BtData {
  readonly profiles: readonly string[];
}

export const btDriver: pci.Driver<BtData> = {
  name: 'held9-bt',
  idTable: [{ vendor: 0x8087, device: 0x0032 }],
  probe(pdev) {
    announce(pdev.asRef(), 'hci'); // expect: bindsafe/no-leaked-registration
    return { profiles: ['a2dp', 'hfp'] };
  },
};
