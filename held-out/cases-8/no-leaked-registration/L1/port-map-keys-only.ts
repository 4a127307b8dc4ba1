// A switch fabric indexes its port children by name in a local Map and returns only the keys. [class 4]
import { auxiliary, type platform } from '@bindsafe/kernel';

interface FabricData {
  readonly portNames: readonly string[];
}

const PORTS = ['uplink', 'mgmt', 'aux'] as const;

export const fabricDriver: platform.Driver<FabricData> = {
  name: 'held8-fabric',
  idTable: [{ compatible: 'acme,fabric' }],
  probe(pdev) {
    const byName = new Map<string, auxiliary.Registration>();
    let id = 0;
    for (const port of PORTS) {
      byName.set(port, auxiliary.Registration.new(pdev.asRef(), port, id++, 'held8_fabric')); // expect: bindsafe/no-leaked-registration
    }
    return { portNames: [...byName.keys()] };
  },
};
