// A platform PMU maps and filters its recorded events through callbacks that only read.
import type { device, platform } from '@bindsafe/kernel';

interface PmuEvent {
  readonly code: number;
  readonly count: number;
}

interface PmuData {
  readonly events: readonly PmuEvent[];
}

export const pmuDriver: platform.Driver<PmuData> = {
  name: 'h11-pmu',
  idTable: [{ compatible: 'acme,pmu' }],

  probe(): PmuData {
    return { events: [{ code: 0x11, count: 4 }, { code: 0x08, count: 0 }] };
  },

  unbind(pdev: platform.Device<device.Core>, data: Readonly<PmuData>): void {
    const busy = data.events.filter((e) => e.count > 0).map((e) => `0x${e.code.toString(16)}`);
    pdev.asRef().info(`pmu: busy counters ${busy.join(',') || 'none'}`);
  },
};
