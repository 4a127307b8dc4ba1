// A sensor hub spawns its IIO child but only the child's name reaches the driver data.
import { auxiliary, type pci } from '@bindsafe/kernel';

interface HubData {
  readonly childName: string;
  readonly channels: number;
}

export const sensorHubDriver: pci.Driver<HubData> = {
  name: 'held8-sensorhub',
  idTable: [{ vendor: 0x8086, device: 0x9d35 }],
  probe(pdev) {
    const iio = auxiliary.Registration.new(pdev.asRef(), 'iio', 3, 'held8_sensorhub'); // expect: bindsafe/no-leaked-registration
    return { childName: iio.name, channels: 8 };
  },
};
