// unbind stops every channel through the channel class's own (locking) method inside a `forEach`, and sorts a copy of the order.
import type { devres, pci } from '@bindsafe/kernel';

class Channel {
  #running = true;
  #busy = false;

  constructor(readonly index: number) {}

  /** Takes the channel lock, then stops it. */
  stop(): boolean {
    if (this.#busy) return false;
    this.#busy = true;
    const wasRunning = this.#running;
    this.#running = false;
    this.#busy = false;
    return wasRunning;
  }
}

interface Mixer {
  readonly regs: devres.Devres<pci.Bar>;
  readonly channels: readonly Channel[];
  readonly order: readonly number[];
}

export const mixerDriver: pci.Driver<Mixer> = {
  name: 'held4-mixer',
  idTable: [{ vendor: 0x1102, device: 0x0012 }],
  probe(pdev) {
    const channels = [0, 1, 2, 3, 4, 5].map((i) => new Channel(i));
    return { regs: pdev.iomapRegion(0, 'held4-mixer'), channels, order: [5, 3, 1, 0, 2, 4] };
  },
  unbind(pdev, data) {
    let stopped = 0;
    data.channels.forEach((channel) => {
      if (channel.stop()) stopped++;
    });
    const order = [...data.order].sort((a, b) => a - b);
    data.regs.access(pdev.asRef()).write32(0, 0x00);
    pdev.asRef().info(`mixer: stopped ${stopped} of channels ${order.join(',')}`);
  },
};
