// A SerDes block makes one child per lane in a local array but returns only the count. [class 4]
import { auxiliary, type pci } from '@bindsafe/kernel';

interface SerdesData {
  readonly laneCount: number;
}

export const serdesDriver: pci.Driver<SerdesData> = {
  name: 'held8-serdes',
  idTable: [{ vendor: 0x14e4, device: 0x16d7 }],
  probe(pdev) {
    const lanes: auxiliary.Registration[] = [];
    for (let lane = 0; lane < 4; lane++) {
      lanes.push(auxiliary.Registration.new(pdev.asRef(), 'lane', lane, 'held8_serdes')); // expect: bindsafe/no-leaked-registration
    }
    return { laneCount: lanes.length };
  },
};
