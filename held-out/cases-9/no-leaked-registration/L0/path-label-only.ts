// A sensor hub builds a sysfs-like path string from its child's name; the registration itself is kept nowhere. [class 1]
import { auxiliary, type pci } from '@bindsafe/kernel';

interface HubData {
  readonly childPath: string;
  readonly channels: number;
}

export const hubDriver: pci.Driver<HubData> = {
  name: 'held9-hub',
  idTable: [{ vendor: 0x8086, device: 0x4b3e }],
  probe(pdev) {
    const accel = auxiliary.Registration.new(pdev.asRef(), 'accel', 0, 'held9_hub'); // expect: bindsafe/no-leaked-registration
    const childPath = `/sys/bus/auxiliary/devices/${accel.name}.${0}`;
    return { childPath, channels: 3 };
  },
};
