// An AbortController created in probe and kept by the data: its listener may use the Bar. [class 4]
import type { devres, pci } from '@bindsafe/kernel';

class Data implements Disposable {
  constructor(
    readonly regs: devres.Devres<pci.Bar>,
    readonly stop: AbortController,
  ) {}
  [Symbol.dispose](): void {
    this.stop.abort();
  }
}

export const driver: pci.Driver<Data> = {
  name: 'held-l2-abort',
  idTable: [{ vendor: 0x1b36, device: 0x0034 }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'held-l2-abort');
    const bar = regs.access(pdev.asRef());
    const stop = new AbortController();
    stop.signal.addEventListener('abort', () => bar.write32(0, 0x0));
    return new Data(regs, stop);
  },
};
