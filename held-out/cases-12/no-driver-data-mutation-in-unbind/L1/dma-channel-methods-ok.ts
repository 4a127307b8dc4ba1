// A PCI DMA controller stops each channel through the channel object's own method and sorts a copy of the descriptor counts. [class 6]
import type { devres, pci } from '@bindsafe/kernel';

class Channel {
  #busy = false;
  descriptors = 0;

  constructor(readonly id: number) {}

  start(): void {
    this.#busy = true;
  }

  /** Stops the channel; in a real driver this takes the channel lock. */
  stop(): boolean {
    const was = this.#busy;
    this.#busy = false;
    return was;
  }
}

interface DmaData {
  readonly regs: devres.Devres<pci.Bar>;
  readonly channels: ReadonlyMap<number, Channel>;
}

export const dwDmaDriver: pci.Driver<DmaData> = {
  name: 'dw-dma-lite',
  idTable: [{ vendor: 0x8086, device: 0x0f06 }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'dw-dma-lite');
    const channels = new Map<number, Channel>([0, 1, 2].map((id) => [id, new Channel(id)] as const));
    channels.get(0)?.start();
    return { regs, channels };
  },
  unbind(pdev, data) {
    const bar = data.regs.access(pdev.asRef());
    for (const channel of data.channels.values()) {
      if (channel.stop()) bar.write32(0, 0x100 + channel.id * 0x40);
    }
    const counts = Array.from(data.channels.values(), (c) => c.descriptors).sort((a, b) => b - a);
    pdev.asRef().info(`dw-dma-lite: busiest channel had ${counts[0] ?? 0} descriptors`);
  },
};
