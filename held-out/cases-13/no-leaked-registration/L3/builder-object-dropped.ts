// A builder assembles the port children into an object; probe keeps one string from it. [class 4]
import { auxiliary, type device, type pci } from '@bindsafe/kernel';

interface PortSet {
  readonly ports: auxiliary.Registration[];
  readonly primary: string;
}

function buildPorts(parent: device.Device<device.Bound>, count: number): PortSet {
  const ports: auxiliary.Registration[] = [];
  for (let i = 0; i < count; i++) ports.push(auxiliary.Registration.new(parent, 'port', i, 'switchtec'));
  return { ports, primary: ports[0]?.name ?? 'none' };
}

export const switchtecDriver: pci.Driver<{ readonly primary: string }> = {
  name: 'switchtec-lite',
  idTable: [{ vendor: 0x11f8, device: 0x8531 }],
  probe(pdev) {
    const built = buildPorts(pdev.asRef(), 3); // expect: bindsafe/no-leaked-registration
    return { primary: built.primary };
  },
};
