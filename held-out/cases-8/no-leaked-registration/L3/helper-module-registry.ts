// A helper records each child in a module-level registry Map, which outlives every binding.
import { auxiliary, type device, type pci } from '@bindsafe/kernel';

const liveChildren = new Map<string, auxiliary.Registration>();

export function liveChildNames(): string[] {
  return [...liveChildren.keys()];
}

function track(parent: device.Device<device.Bound>, name: string): void {
  liveChildren.set(name, auxiliary.Registration.new(parent, name, liveChildren.size, 'held8_ipmi'));
}

interface IpmiData {
  readonly channels: number;
}

export const ipmiDriver: pci.Driver<IpmiData> = {
  name: 'held8-ipmi',
  idTable: [{ vendor: 0x1a03, device: 0x2402 }],
  probe(pdev) {
    track(pdev.asRef(), 'kcs'); // expect: bindsafe/no-leaked-registration
    return { channels: 1 };
  },
};
