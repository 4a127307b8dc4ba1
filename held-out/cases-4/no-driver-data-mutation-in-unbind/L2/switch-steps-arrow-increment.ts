// unbind runs its teardown steps through a `switch`; a local arrow it calls counts each step with `++` on the borrowed data. [class 7]
import type { devres, platform } from '@bindsafe/kernel';

type Step = 'mask' | 'flush' | 'park';

const STEPS: readonly Step[] = ['mask', 'flush', 'park'];

interface Counters {
  masked: number;
  flushed: number;
  parked: number;
}

interface Isp {
  readonly mmio: devres.Devres<platform.IoMem>;
  readonly counters: Counters;
}

export const ispDriver: platform.Driver<Isp> = {
  name: 'held4-isp',
  idTable: [{ compatible: 'held4,isp-v3' }],
  probe(pdev) {
    return { mmio: pdev.iomapResource(0), counters: { masked: 0, flushed: 0, parked: 0 } };
  },
  unbind(pdev, data) {
    const io = data.mmio.access(pdev.asRef());
    const count = (field: keyof Counters): void => {
      data.counters[field]++; // expect: bindsafe/no-driver-data-mutation-in-unbind
    };
    for (const step of STEPS) {
      switch (step) {
        case 'mask':
          io.write32(0, 0x10);
          count('masked');
          break;
        case 'flush':
          io.write32(1, 0x14);
          count('flushed');
          break;
        case 'park':
          io.write32(0, 0x18);
          count('parked');
          break;
      }
    }
  },
};
