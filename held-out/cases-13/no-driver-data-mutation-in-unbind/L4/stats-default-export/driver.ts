// A platform PMU zeroes its counter record through a default-exported helper from another module
import type { devres, platform } from '@bindsafe/kernel';
import resetStats, { type Stats } from './reset-stats.js';

interface PmuData {
  readonly regs: devres.Devres<platform.IoMem>;
  readonly counters: Stats;
}

export const socPmu: platform.Driver<PmuData> = {
  name: 'soc-pmu',
  idTable: [{ compatible: 'vendor,soc-pmu' }],
  probe(pdev) {
    return { regs: pdev.iomapResource(0), counters: { cycles: 0, instructions: 0, stalls: 0 } };
  },
  unbind(pdev, data) {
    data.regs.access(pdev.asRef()).write32(0, 0x0);
    const total = resetStats(data.counters); // expect: bindsafe/no-driver-data-mutation-in-unbind
    pdev.asRef().info(`soc-pmu: ${total} events counted`);
  },
};
