// A builder helper object is used for its index and not kept. [class 1]
import { auxiliary, devres, type device, type pci } from '@bindsafe/kernel';
interface PortHandle {
  readonly reg: auxiliary.Registration;
  readonly index: number;
}

function buildPort(parent: pci.Device<device.Bound>, index: number): PortHandle {
  return { reg: auxiliary.Registration.new(parent.asRef(), 'port', index, 'held10'), index };
}

interface D {
  readonly index: number;
}

export const drv41: pci.Driver<D> = {
  name: 'held10-c41',
  idTable: [{ vendor: 0x1af4, device: 0x1029 }],
  probe(pdev) {
    const { index } = buildPort(pdev, 3); // expect: bindsafe/no-leaked-registration
    return { index };
  },
};
