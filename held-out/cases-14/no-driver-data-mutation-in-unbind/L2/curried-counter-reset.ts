// A platform PMU resets a counter of its data through a curried arrow that unbind builds and calls. [class 7]
import type { platform } from '@bindsafe/kernel';

type Event = 'cycles' | 'instructions' | 'misses';

class PmuData {
  readonly counts: Record<Event, number> = { cycles: 0, instructions: 0, misses: 0 };
  get ipc(): number {
    return this.counts.cycles === 0 ? 0 : this.counts.instructions / this.counts.cycles;
  }
}

export const pmuDriver: platform.Driver<PmuData> = {
  name: 'acc-pmu',
  idTable: [{ compatible: 'acme,pmu' }],
  probe: () => new PmuData(),
  unbind(pdev, data) {
    pdev.asRef().info(`acc-pmu: ipc ${data.ipc.toFixed(2)}`);
    const resetter = (event: Event) => (): void => {
      data.counts[event] = 0; // expect: bindsafe/no-driver-data-mutation-in-unbind
    };
    resetter('misses')();
  },
};
