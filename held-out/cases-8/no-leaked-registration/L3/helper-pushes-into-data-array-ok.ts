// A helper pushes each child into an array the driver data owns (passed in as a parameter).
import { auxiliary, type device, type pci } from '@bindsafe/kernel';

function attach(into: auxiliary.Registration[], parent: device.Device<device.Bound>, ...names: string[]): void {
  for (const name of names) {
    into.push(auxiliary.Registration.new(parent, name, into.length, 'held8_ipmi2'));
  }
}

interface IpmiData {
  readonly children: auxiliary.Registration[];
}

export const ipmiDriver: pci.Driver<IpmiData> = {
  name: 'held8-ipmi2',
  idTable: [{ vendor: 0x1a03, device: 0x2403 }],
  probe(pdev) {
    const data: IpmiData = { children: [] };
    attach(data.children, pdev.asRef(), 'kcs', 'bt');
    return data;
  },
};
