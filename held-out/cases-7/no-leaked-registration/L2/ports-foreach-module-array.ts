// A switch fabric registers each port from an Object.entries forEach callback into a module-level array.
import { auxiliary, type pci } from '@bindsafe/kernel';

const allPorts: auxiliary.Registration[] = [];

export function portCount(): number {
  return allPorts.length;
}

const PORTS = { uplink: 0, downlink: 1 } as const;

interface FabricData {
  readonly ports: number;
}

export const fabricDriver: pci.Driver<FabricData> = {
  name: 'held7-fabric',
  idTable: [{ vendor: 0x10b5, device: 0x8747 }],
  probe(pdev) {
    Object.entries(PORTS).forEach(([name, id]) => {
      const port = auxiliary.Registration.new(pdev.asRef(), name, id, 'held7_fabric'); // expect: bindsafe/no-leaked-registration
      allPorts.push(port);
    });
    return { ports: Object.keys(PORTS).length };
  },
};
