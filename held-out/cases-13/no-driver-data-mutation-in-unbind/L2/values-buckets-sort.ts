// A platform latency tracker sorts each histogram bucket of its record in place from an Object.values(...).forEach callback [class 4, 7]
import type { devres, platform } from '@bindsafe/kernel';

interface LatencyData {
  readonly regs: devres.Devres<platform.IoMem>;
  readonly buckets: Record<'read' | 'write' | 'flush', number[]>;
}

export const latencyTracker: platform.Driver<LatencyData> = {
  name: 'latency-tracker',
  idTable: [{ compatible: 'vendor,latency-tracker' }],
  probe(pdev) {
    return { regs: pdev.iomapResource(0), buckets: { read: [5, 1, 3], write: [2], flush: [] } };
  },
  unbind(pdev, data) {
    data.regs.access(pdev.asRef()).write32(0, 0x0);
    Object.values(data.buckets).forEach((samples) => {
      samples.sort((a, b) => a - b); // expect: bindsafe/no-driver-data-mutation-in-unbind
    });
    pdev.asRef().info(`latency-tracker: p50 read ${data.buckets.read[Math.floor(data.buckets.read.length / 2)] ?? 0}`);
  },
};
