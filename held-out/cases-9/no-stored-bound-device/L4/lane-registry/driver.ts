// A platform PHY creates an imported Lane whose constructor keeps the IoMem and stores `this` in a module Map.
import type { platform } from '@bindsafe/kernel';
import { Lane } from './lane.js';

export const driver: platform.Driver<{ readonly lane: Lane }> = {
  name: 'held9-phy-lane',
  idTable: [{ compatible: 'acme,phy' }],
  probe(pdev) {
    const io = pdev.iomapResource(0).access(pdev.asRef());
    const lane = new Lane(0, io); // expect: bindsafe/no-stored-bound-device
    lane.power(true);
    return { lane };
  },
};
