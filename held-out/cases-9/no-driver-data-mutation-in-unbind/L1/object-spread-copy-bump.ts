// A platform PMU copies its counter record with object spread and bumps the copy before logging it.
import type { platform } from '@bindsafe/kernel';

interface Counters {
  cycles: number;
  stalls: number;
}

interface PmuData {
  readonly counters: Counters;
}

export const pmuDriver: platform.Driver<PmuData> = {
  name: 'h9-pmu',
  idTable: [{ compatible: 'acme,pmu' }],
  probe() {
    return { counters: { cycles: 0, stalls: 0 } };
  },
  unbind(pdev, data) {
    const final: Counters = { ...data.counters };
    final.stalls += 1;
    pdev.asRef().info(`pmu final: ${JSON.stringify(final)}`);
  },
};
