// A platform PMU builds a curried formatter over its data's counters in unbind and calls it; the closure only reads. [class 7]
import type { platform } from '@bindsafe/kernel';

type Event = 'cycles' | 'instructions' | 'misses';

class PmuData {
  readonly counts: Readonly<Record<Event, number>> = { cycles: 0, instructions: 0, misses: 0 };
}

export const pmuDriver: platform.Driver<PmuData> = {
  name: 'acc-pmu-ok',
  idTable: [{ compatible: 'acme,pmu-v2' }],
  probe: () => new PmuData(),
  unbind(pdev, data) {
    const formatter = (prefix: string) => (event: Event): string => `${prefix}${event}=${data.counts[event]}`;
    const line = (['cycles', 'misses'] as const).map(formatter('acc-pmu-ok: ')).join(' ');
    pdev.asRef().info(line);
  },
};
