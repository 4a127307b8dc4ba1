// The data takes the Map's values() as an array: the registrations themselves, not their names. [class 2, 4]
import { auxiliary, type pci } from '@bindsafe/kernel';

export const muxDriver: pci.Driver<{ readonly lanes: auxiliary.Registration[]; readonly names: string[] }> = {
  name: 'lane-mux',
  idTable: [{ vendor: 0x1d0f, device: 0xefa1 }],
  probe(pdev) {
    const byLane = new Map<number, auxiliary.Registration>();
    for (const lane of [0, 1, 2, 3]) byLane.set(lane, auxiliary.Registration.new(pdev.asRef(), 'lane', lane, 'mux'));
    const lanes = [...byLane.values()];
    return { lanes, names: lanes.map((l) => l.name) };
  },
};
