// A sensor hub stores its only child registration in a module variable instead of its driver data.
import { auxiliary, type pci } from '@bindsafe/kernel';

const HUB_CHILD = { name: 'iio', id: 3 } as const satisfies { name: string; id: number };

let currentChild: auxiliary.Registration | undefined;

interface HubData {
  readonly vendor: number;
}

export const sensorHubDriver: pci.Driver<HubData> = {
  name: 'sensor-hub',
  idTable: [{ vendor: 0x1022, device: 0x15e4 }],
  probe(pdev) {
    currentChild = auxiliary.Registration.new(pdev.asRef(), HUB_CHILD.name, HUB_CHILD.id, 'sensor_hub'); // expect: bindsafe/no-leaked-registration
    return { vendor: pdev.vendorId };
  },
};

export function hubChildName(): string | undefined {
  return currentChild?.name;
}
