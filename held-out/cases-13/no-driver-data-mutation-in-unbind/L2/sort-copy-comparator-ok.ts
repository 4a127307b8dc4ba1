// A platform latency tracker sorts spread copies of its buckets with comparator callbacks to compute percentiles [class 7]
import type { devres, platform } from '@bindsafe/kernel';

interface LatencyData {
  readonly regs: devres.Devres<platform.IoMem>;
  readonly buckets: Record<'read' | 'write', number[]>;
}

const percentile = (xs: readonly number[], p: number): number => xs[Math.min(xs.length - 1, Math.floor(xs.length * p))] ?? 0;

export const latencyOk: platform.Driver<LatencyData> = {
  name: 'latency-ok',
  idTable: [{ compatible: 'vendor,latency-ok' }],
  probe(pdev) {
    return { regs: pdev.iomapResource(0), buckets: { read: [5, 1, 3], write: [2] } };
  },
  unbind(pdev, data) {
    data.regs.access(pdev.asRef()).write32(0, 0x0);
    const sorted = Object.fromEntries(
      Object.entries(data.buckets).map(([op, samples]) => [op, [...samples].sort((a, b) => a - b)] as const),
    );
    for (const [op, samples] of Object.entries(sorted)) {
      pdev.asRef().info(`${op}: p99=${percentile(samples, 0.99)}`);
    }
  },
};
