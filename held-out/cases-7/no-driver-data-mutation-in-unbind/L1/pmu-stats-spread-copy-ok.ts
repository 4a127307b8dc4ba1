// A PMU driver spreads its counters into a local report object and adjusts the copy in unbind. [class 6]
import type { auxiliary } from '@bindsafe/kernel';

interface Counters {
  cycles: number;
  overflows: number;
}

interface PmuData {
  readonly counters: Counters;
}

export const pmuDriver: auxiliary.Driver<PmuData> = {
  name: 'held7-pmu',
  idTable: [{ modname: 'held7_soc', name: 'pmu' }],
  probe() {
    return { counters: { cycles: 0, overflows: 0 } };
  },
  unbind(adev, data) {
    const report = { ...data.counters, at: Date.now() };
    report.overflows += 1;
    delete (report as Partial<typeof report>).at;
    adev.asRef().info(`pmu: ${JSON.stringify(report)}`);
  },
};
