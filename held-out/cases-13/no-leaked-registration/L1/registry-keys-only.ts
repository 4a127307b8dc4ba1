// A local Map registry of port children; only its keys (strings) reach the driver data. [class 2, 4]
import { auxiliary, type pci } from '@bindsafe/kernel';

interface SwitchData {
  readonly portNames: readonly string[];
  readonly total: number;
}

export const switchDriver: pci.Driver<SwitchData, { ports: number }> = {
  name: 'eth-switch',
  idTable: [{ vendor: 0x1137, device: 0x0043, info: { ports: 4 } }],
  probe(pdev, info) {
    const byName = new Map<string, auxiliary.Registration>();
    const ports = info?.ports ?? 1;
    for (let p = 0; p < ports; p++) {
      byName.set(`port${p}`, auxiliary.Registration.new(pdev.asRef(), 'port', p, 'eswitch')); // expect: bindsafe/no-leaked-registration
    }
    return { portNames: [...byName.keys()], total: byName.size };
  },
};
