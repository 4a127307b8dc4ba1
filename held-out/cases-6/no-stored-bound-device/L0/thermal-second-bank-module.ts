// A platform thermal driver maps two IoMem banks and keeps the trip bank in a module variable.
import type { platform } from '@bindsafe/kernel';

let tripBank: platform.IoMem | undefined;

export const driver: platform.Driver<{ readonly sensors: platform.IoMem }> = {
  name: 'held-thermal',
  idTable: [{ compatible: 'vendor,tsens' }],
  probe(pdev) {
    const sensors = pdev.iomapResource(0).access(pdev.asRef());
    const trips = pdev.iomapResource(1).access(pdev.asRef());
    tripBank = trips; // expect: bindsafe/no-stored-bound-device
    return { sensors };
  },
};
