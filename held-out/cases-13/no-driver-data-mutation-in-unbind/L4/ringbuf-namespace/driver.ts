// A PCI trace unit appends a final marker to its event ring buffer through a namespace-imported helper module
import type { devres, pci } from '@bindsafe/kernel';
import * as ringbuf from './ringbuf.js';

type TraceEvent = readonly [kind: 'irq' | 'dma' | 'stop', at: number];

interface TraceData {
  readonly bar: devres.Devres<pci.Bar>;
  readonly events: ringbuf.RingBuf<TraceEvent>;
}

export const traceUnit: pci.Driver<TraceData> = {
  name: 'trace-unit',
  idTable: [{ vendor: 0x1d0f, device: 0xefa0 }],
  probe(pdev) {
    return { bar: pdev.iomapRegion(0, 'trace-unit'), events: ringbuf.create<TraceEvent>(128) };
  },
  unbind(pdev, data) {
    data.bar.access(pdev.asRef()).write32(0, 0x0);
    pdev.asRef().info(`trace-unit: ${ringbuf.size(data.events)} events`);
    ringbuf.push(data.events, ['stop', Date.now()]); // expect: bindsafe/no-driver-data-mutation-in-unbind
  },
};
