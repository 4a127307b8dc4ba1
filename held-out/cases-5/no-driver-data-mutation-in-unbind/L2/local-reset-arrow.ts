// unbind defines a local reset arrow and hands it to forEach over the data's counters; the arrow zeroes each counter object. [class 7]
import type { devres, platform } from '@bindsafe/kernel';

interface Counter {
  readonly name: string;
  value: number;
}

interface Pmu {
  readonly mem: devres.Devres<platform.IoMem>;
  readonly counters: readonly Counter[];
}

export const pmuDriver: platform.Driver<Pmu> = {
  name: 'held5c-pmu',
  idTable: [{ compatible: 'held5c,pmu' }],
  probe(pdev) {
    return {
      mem: pdev.iomapResource(0),
      counters: ['cycles', 'instructions', 'cache-misses'].map((name) => ({ name, value: 0 })),
    };
  },
  unbind(pdev, data) {
    const io = data.mem.access(pdev.asRef());
    const reset = (counter: Counter): void => {
      io.write32(0, 0x100);
      counter.value = 0; // expect: bindsafe/no-driver-data-mutation-in-unbind
    };
    data.counters.forEach(reset);
  },
};
