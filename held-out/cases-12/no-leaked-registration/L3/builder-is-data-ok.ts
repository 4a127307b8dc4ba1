// A PCI USB host controller builds its driver data (child plus index) with a helper and returns that object. [class 4]
import { auxiliary, type device, type pci } from '@bindsafe/kernel';

interface RootPort {
  readonly index: number;
  readonly hub: auxiliary.Registration;
}

function buildRootPort(parent: device.Device<device.Bound>, index: number): RootPort {
  return { index, hub: auxiliary.Registration.new(parent, 'roothub', index, 'xhci_lite') };
}

export const xhciDriver: pci.Driver<RootPort> = {
  name: 'xhci-lite',
  idTable: [{ vendor: 0x1b73, device: 0x1100 }],
  probe(pdev) {
    pdev.enableDeviceMem();
    pdev.setMaster();
    return buildRootPort(pdev.asRef(), 1);
  },
};
