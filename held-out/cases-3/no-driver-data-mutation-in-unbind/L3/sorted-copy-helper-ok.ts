// A same-file helper returns a sorted copy of the readonly list it is given.
import type { devres, pci } from '@bindsafe/kernel';

function sortedCopy(values: readonly number[]): number[] {
  return [...values].sort((a, b) => a - b);
}

interface Data {
  readonly regs: devres.Devres<pci.Bar>;
  readonly latencies: number[];
}

export const latencyDriver: pci.Driver<Data> = {
  name: 'held-latency',
  idTable: [{ vendor: 0x1b36, device: 0x0112 }],
  probe(pdev) {
    return { regs: pdev.iomapRegion(0, 'held-latency'), latencies: [3, 1, 2] };
  },
  unbind(pdev, data) {
    const sorted = sortedCopy(data.latencies);
    pdev.asRef().info(`p50=${sorted[Math.floor(sorted.length / 2)] ?? 0}`);
  },
};
