// An async destructor chains `.then(() => …unsafeAsBound()…)` after flushing its queue; nothing justifies the call in the callback. [class 5]
import type { devres, pci } from '@bindsafe/kernel';
import { pause } from '../../../cases/_shared/timing.js';

export class QueueData implements AsyncDisposable {
  readonly pending: number[] = [];

  constructor(
    readonly handle: pci.Device,
    readonly regs: devres.Devres<pci.Bar>,
  ) {}

  async flushQueue(): Promise<void> {
    while (this.pending.length > 0) {
      const word = this.pending.shift() ?? 0;
      this.regs.tryAccessWith((bar) => bar.write32(word, 0x40));
      await pause();
    }
  }

  [Symbol.asyncDispose](): Promise<void> {
    return this.flushQueue().then(() => {
      const bound = this.handle.asRef().unsafeAsBound(); // expect: bindsafe/require-safety-comment
      this.regs.access(bound).write32(0, 0x44);
    });
  }
}

export const queueDriver: pci.Driver<QueueData> = {
  name: 'held-queue',
  idTable: [{ vendor: 0x1cc4, device: 0x6a14 }],
  probe(pdev) {
    pdev.enableDeviceMem();
    return new QueueData(pdev.toNormal(), pdev.iomapRegion(0, 'held-queue'));
  },
};
