// A platform PMU totals its counters by giving the in-place resetting helper a spread copy of the flat record
import type { devres, platform } from '@bindsafe/kernel';
import resetStats, { type Stats } from './reset-stats.js';

interface PmuData {
  readonly regs: devres.Devres<platform.IoMem>;
  readonly counters: Stats;
}

export const pmuCopyOk: platform.Driver<PmuData> = {
  name: 'soc-pmu-copy',
  idTable: [{ compatible: 'vendor,soc-pmu-copy' }],
  probe(pdev) {
    return { regs: pdev.iomapResource(0), counters: { cycles: 10, stalls: 2 } };
  },
  unbind(pdev, data) {
    data.regs.access(pdev.asRef()).write32(0, 0x0);
    const total = resetStats({ ...data.counters });
    pdev.asRef().info(`soc-pmu: ${total} events counted`);
  },
};
