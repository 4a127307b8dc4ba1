// A PCI trace unit fills its ring buffer with a helper in probe only; unbind iterates it with a read-only generator helper
import type { devres, pci } from '@bindsafe/kernel';
import * as ringbuf from './ringbuf.js';

interface TraceData {
  readonly bar: devres.Devres<pci.Bar>;
  readonly events: ringbuf.RingBuf<string>;
}

export const traceProbeOk: pci.Driver<TraceData> = {
  name: 'trace-probe-ok',
  idTable: [{ vendor: 0x1d0f, device: 0xefa1 }],
  probe(pdev) {
    const events = ringbuf.create<string>(16);
    ringbuf.push(events, 'probe');
    return { bar: pdev.iomapRegion(0, 'trace-probe-ok'), events };
  },
  unbind(pdev, data) {
    data.bar.access(pdev.asRef()).write32(0, 0x0);
    for (const e of ringbuf.drainView(data.events)) pdev.asRef().info(`trace: ${e}`);
  },
};
