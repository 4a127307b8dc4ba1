// A PCI GPU empties its per-engine job Map from forEach callbacks inside the driver data's own [Symbol.dispose] [class 1, 7]
import type { devres, pci } from '@bindsafe/kernel';

class GpuData implements Disposable {
  readonly jobs = new Map<'gfx' | 'copy', number[]>([['gfx', []], ['copy', []]]);
  readonly retired = new Set<number>();
  constructor(readonly bar: devres.Devres<pci.Bar>) {}

  [Symbol.dispose](): void {
    this.jobs.forEach((queue) => {
      queue.forEach((id) => this.retired.add(id));
      queue.length = 0;
    });
    this.jobs.clear();
  }
}

export const disposeGpuOk: pci.Driver<GpuData> = {
  name: 'dispose-gpu-ok',
  idTable: [{ vendor: 0x1002, device: 0x73c2 }],
  probe(pdev) {
    return new GpuData(pdev.iomapRegion(0, 'dispose-gpu-ok'));
  },
  unbind(pdev, data) {
    data.bar.access(pdev.asRef()).write32(0, 0x10);
    data.jobs.forEach((queue, engine) => pdev.asRef().info(`${engine}: ${queue.length} jobs pending`));
  },
};
