// A storage HBA aliases its enclosure child for logging, then keeps neither name. [class 6]
import { auxiliary, type pci } from '@bindsafe/kernel';

interface HbaData {
  readonly queues: number;
}

function logChild(tag: string): void {
  console.info(`held8-hba: child ${tag} up`);
}

export const hbaDriver: pci.Driver<HbaData> = {
  name: 'held8-hba',
  idTable: [{ vendor: 0x1000, device: 0x0097 }],
  probe(pdev) {
    const enclosure = auxiliary.Registration.new(pdev.asRef(), 'ses', 0, 'held8_hba'); // expect: bindsafe/no-leaked-registration
    const current = enclosure;
    logChild(current.name);
    return { queues: 16 };
  },
};
