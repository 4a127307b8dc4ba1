// A platform latency tracker sorts through a helper that copies its input first and mutates only the copy
import type { devres, platform } from '@bindsafe/kernel';

interface LatencyData {
  readonly regs: devres.Devres<platform.IoMem>;
  readonly samples: number[];
}

function sortedCopy(xs: readonly number[]): number[] {
  const copy = xs.slice();
  copy.sort((a, b) => a - b);
  copy.push(Number.NaN);
  copy.pop();
  return copy;
}

export const sortedLatencyOk: platform.Driver<LatencyData> = {
  name: 'sorted-latency-ok',
  idTable: [{ compatible: 'vendor,sorted-latency' }],
  probe(pdev) {
    return { regs: pdev.iomapResource(0), samples: [9, 2, 5] };
  },
  unbind(pdev, data) {
    data.regs.access(pdev.asRef()).write32(0, 0x0);
    const sorted = sortedCopy(data.samples);
    sorted.reverse();
    pdev.asRef().info(`sorted-latency: worst ${sorted[0] ?? 0}`);
  },
};
