// A PCI USB host controller builds a port object (child plus index) with a helper and keeps only the index. [class 4]
import { auxiliary, type device, type pci } from '@bindsafe/kernel';

interface RootPort {
  readonly index: number;
  readonly hub: auxiliary.Registration;
}

function buildRootPort(parent: device.Device<device.Bound>, index: number): RootPort {
  return { index, hub: auxiliary.Registration.new(parent, 'roothub', index, 'xhci_lite') };
}

export const xhciDriver: pci.Driver<{ readonly ports: number[] }> = {
  name: 'xhci-lite',
  idTable: [{ vendor: 0x1b73, device: 0x1100 }],
  probe(pdev) {
    pdev.enableDeviceMem();
    pdev.setMaster();
    const port = buildRootPort(pdev.asRef(), 1); // expect: bindsafe/no-leaked-registration
    return { ports: [port.index] };
  },
};
