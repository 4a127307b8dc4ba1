// A platform trace unit trims its event history through a helper imported from a barrel; the helper splices it. [class 8]
import type { device, platform } from '@bindsafe/kernel';
import { lastEntry, trimHistory } from './lib/index.js';

interface TraceData {
  readonly history: string[];
}

export const traceDriver: platform.Driver<TraceData> = {
  name: 'h11-trace',
  idTable: [{ compatible: 'acme,trace' }],

  probe(): TraceData {
    return { history: ['boot', 'arm', 'fire', 'idle', 'sleep', 'wake'] };
  },

  unbind(pdev: platform.Device<device.Core>, data: Readonly<TraceData>): void {
    const dropped = trimHistory(data.history, 2); // expect: bindsafe/no-driver-data-mutation-in-unbind
    pdev.asRef().info(`trace: dropped ${dropped.length}, last ${lastEntry(data.history) ?? '-'}`);
  },
};
