// A PCI accounting engine closes its data's ledger through an imported class's static method that empties the array.
import type { pci } from '@bindsafe/kernel';
import { Ledger } from './lib/index.js';

interface AcctData {
  readonly entries: string[];
}

export const acctDriver: pci.Driver<AcctData> = {
  name: 'h9-acct',
  idTable: [{ vendor: 0x1af4, device: 0x1050 }],
  probe() {
    return { entries: ['open'] };
  },
  unbind(pdev, data) {
    const text = Ledger.close(data.entries); // expect: bindsafe/no-driver-data-mutation-in-unbind
    pdev.asRef().info(text);
  },
};
