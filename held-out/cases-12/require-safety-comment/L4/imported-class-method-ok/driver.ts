// A PCI storage controller aborts its DMA channels through an imported class's @unsafe method, justified. [class 3, class 6]
import type { devres, pci } from '@bindsafe/kernel';
import { DmaChannel } from './dma.js';

export class StorageData implements Disposable {
  readonly channels: DmaChannel[];

  constructor(
    readonly pdev: pci.Device,
    regs: devres.Devres<pci.Bar>,
  ) {
    this.channels = Array.from({ length: 4 }, (_, i) => new DmaChannel(i, regs));
  }

  [Symbol.dispose](): void {
    const dev = this.pdev.asRef();
    for (const channel of this.channels) {
      // SAFETY: the destructor runs during unbind, before the controller is unbound.
      channel.abort(dev);
    }
  }
}
