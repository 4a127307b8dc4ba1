// A helper pushes each child into a scratch array that probe does not return. [class 4]
import { auxiliary, type device, type pci } from '@bindsafe/kernel';

function attach(into: auxiliary.Registration[], parent: device.Device<device.Bound>, ...names: string[]): void {
  for (const name of names) {
    into.push(auxiliary.Registration.new(parent, name, into.length, 'held8_ipmi3'));
  }
}

interface IpmiData {
  readonly childCount: number;
}

export const ipmiDriver: pci.Driver<IpmiData> = {
  name: 'held8-ipmi3',
  idTable: [{ vendor: 0x1a03, device: 0x2404 }],
  probe(pdev) {
    const scratch: auxiliary.Registration[] = [];
    attach(scratch, pdev.asRef(), 'kcs', 'bt'); // expect: bindsafe/no-leaked-registration
    return { childCount: scratch.length };
  },
};
