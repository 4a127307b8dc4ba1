// A sensor array sorts its channel children with a comparator closure before keeping them in the data.
import { auxiliary, type pci } from '@bindsafe/kernel';

interface ArrayData {
  readonly channels: auxiliary.Registration[];
}

export const sensorArrayDriver: pci.Driver<ArrayData> = {
  name: 'held9-sensarray',
  idTable: [{ vendor: 0x10ee, device: 0x9038 }],
  probe(pdev) {
    const channels = ['temp', 'humidity', 'pressure'].map((n) => auxiliary.Registration.new(pdev.asRef(), n, 0, 'held9_sa'));
    channels.sort((a, b) => a.name.localeCompare(b.name));
    return { channels };
  },
};
