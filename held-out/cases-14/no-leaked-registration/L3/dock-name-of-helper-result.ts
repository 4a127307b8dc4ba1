// A docking station keeps only the name of the child its helper creates. [class 4]
import { auxiliary, type device, type pci } from '@bindsafe/kernel';

const DOCK_PORTS = { replicator: 0, ethernet: 1 } as const;

const createPort = (parent: device.Device<device.Bound>, port: keyof typeof DOCK_PORTS): auxiliary.Registration =>
  auxiliary.Registration.new(parent, port, DOCK_PORTS[port], 'dock');

interface DockData {
  readonly ethName: string;
}

export const dockDriver: pci.Driver<DockData> = {
  name: 'dock',
  idTable: [{ vendor: 0x8086, device: 0x15d4 }],
  probe(pdev) {
    const ethName = createPort(pdev.asRef(), 'ethernet').name; // expect: bindsafe/no-leaked-registration
    return { ethName };
  },
};
