// A PCI link-training driver resets its data's counters through a helper re-exported by a barrel under a new name.
import type { pci } from '@bindsafe/kernel';
import { clearLinkCounters, type LinkCounters } from './lib/index.js';

interface LinkData {
  readonly counters: LinkCounters;
  readonly lanes: number;
}

export const linkDriver: pci.Driver<LinkData> = {
  name: 'h9-link',
  idTable: [{ vendor: 0x8086, device: 0x7a38 }],
  probe() {
    return { counters: { crcErrors: 0, retrains: 0 }, lanes: 4 };
  },
  unbind(pdev, data) {
    pdev.asRef().info(`lanes ${data.lanes}, ${data.counters.retrains} retrains`);
    clearLinkCounters(data.counters); // expect: bindsafe/no-driver-data-mutation-in-unbind
  },
};
