// The same fabric pattern, but the Map of port children is the driver data's own field. [class 4]
import { auxiliary, type platform } from '@bindsafe/kernel';

interface FabricData {
  readonly ports: ReadonlyMap<string, auxiliary.Registration>;
}

export const fabricDriver: platform.Driver<FabricData> = {
  name: 'held8-fabric2',
  idTable: [{ compatible: 'acme,fabric-v2' }],
  probe(pdev) {
    const ports = new Map<string, auxiliary.Registration>();
    const names = ['uplink', 'mgmt'];
    let index = 0;
    do {
      const name = names[index]!;
      ports.set(name, auxiliary.Registration.new(pdev.asRef(), name, index, 'held8_fabric2'));
      index++;
    } while (index < names.length);
    return { ports };
  },
};
