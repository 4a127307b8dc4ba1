// A storage HBA logs the name of the child a same-file helper made; the registration itself is discarded.
import { auxiliary, type device, type pci } from '@bindsafe/kernel';

function spawnChild(dev: device.Device<device.Bound>, name: string): auxiliary.Registration {
  return auxiliary.Registration.new(dev, name, 0, 'held9_hba');
}

interface HbaData {
  readonly targets: number;
}

export const hbaDriver: pci.Driver<HbaData> = {
  name: 'held9-hba',
  idTable: [{ vendor: 0x1000, device: 0x00af }],
  probe(pdev) {
    console.debug(`spawned ${spawnChild(pdev.asRef(), 'ses').name}`); // expect: bindsafe/no-leaked-registration
    return { targets: 128 };
  },
};
