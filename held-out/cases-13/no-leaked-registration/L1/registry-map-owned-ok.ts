// The port registry Map itself is part of the data, so its registrations die with the binding. [class 4]
import { auxiliary, type pci } from '@bindsafe/kernel';

interface SwitchData {
  readonly ports: ReadonlyMap<string, auxiliary.Registration>;
  readonly portNames: readonly string[];
}

export const switchDriver: pci.Driver<SwitchData, { ports: number }> = {
  name: 'eth-switch',
  idTable: [{ vendor: 0x1137, device: 0x0043, info: { ports: 4 } }],
  probe(pdev, info) {
    const byName = new Map<string, auxiliary.Registration>();
    for (let p = 0; p < (info?.ports ?? 1); p++) {
      byName.set(`port${p}`, auxiliary.Registration.new(pdev.asRef(), 'port', p, 'eswitch'));
    }
    return { ports: byName, portNames: [...byName.keys()] };
  },
};
