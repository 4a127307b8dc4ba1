// [class 6] An auxiliary trace child picks its optional trace log or its main log with `??` and pushes to it.
import type { auxiliary, device } from '@bindsafe/kernel';

interface TraceChild {
  readonly traceLog?: string[];
  readonly eventLog: string[];
}

export const traceChildDriver: auxiliary.Driver<TraceChild> = {
  name: 'h8-trace',
  idTable: [{ modname: 'h8_gpu', name: 'trace' }],
  probe(_adev: auxiliary.Device<device.Core>, info: unknown): TraceChild {
    return info === 'verbose' ? { traceLog: [], eventLog: [] } : { eventLog: [] };
  },
  unbind(_adev, data) {
    const log = data.traceLog ?? data.eventLog;
    log.push('unbind'); // expect: bindsafe/no-driver-data-mutation-in-unbind
  },
};
