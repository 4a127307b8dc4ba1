// A builder helper returns an object holding the child; the data keeps it.
import { auxiliary, devres, type device, type pci } from '@bindsafe/kernel';
interface PortHandle {
  readonly reg: auxiliary.Registration;
  readonly index: number;
}

function buildPort(parent: pci.Device<device.Bound>, index: number): PortHandle {
  return { reg: auxiliary.Registration.new(parent.asRef(), 'port', index, 'held10'), index };
}

interface D {
  readonly port: PortHandle;
}

export const drv40: pci.Driver<D> = {
  name: 'held10-c40',
  idTable: [{ vendor: 0x1af4, device: 0x1028 }],
  probe(pdev) {
    const port = buildPort(pdev, 0);
    return { port };
  },
};
