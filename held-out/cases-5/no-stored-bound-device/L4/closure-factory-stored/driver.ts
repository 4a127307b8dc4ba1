// A platform power controller keeps the closure another module's factory made over its IoMem in an exported module `let`. [class 7]
import type { devres, platform } from '@bindsafe/kernel';
import { makeStatusReader } from './readers.js';

export let readPowerStatus: (() => number) | undefined;

interface PmuData {
  readonly mem: devres.Devres<platform.IoMem>;
}

export const pmuDriver: platform.Driver<PmuData> = {
  name: 'held-pmu',
  idTable: [{ compatible: 'rockchip,rk3399-pmu' }],
  probe(pdev) {
    const mem = pdev.iomapResource(0);
    readPowerStatus = makeStatusReader(mem.access(pdev.asRef()), 0x98); // expect: bindsafe/no-stored-bound-device
    return { mem };
  },
};
