// A docking station's helper checks a port child under a `using` DisposableStack that defers its drop on every exit. [class 1]
import { auxiliary, type device, type pci } from '@bindsafe/kernel';

const DOCK_PORTS = { replicator: 0, ethernet: 1 } as const;

function probePort(parent: device.Device<device.Bound>, port: keyof typeof DOCK_PORTS): string {
  using scope = new DisposableStack();
  const child = auxiliary.Registration.new(parent, port, DOCK_PORTS[port], 'dock');
  scope.defer(() => void child.drop());
  if (port === 'replicator') return child.name.toUpperCase();
  return child.name;
}

interface DockData {
  readonly ethName: string;
}

export const dockDriver: pci.Driver<DockData> = {
  name: 'dock',
  idTable: [{ vendor: 0x8086, device: 0x15d4 }],
  probe(pdev) {
    const ethName = probePort(pdev.asRef(), 'ethernet');
    return { ethName };
  },
};
