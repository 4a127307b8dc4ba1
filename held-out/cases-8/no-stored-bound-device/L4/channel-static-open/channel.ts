// Helper module: a Channel class with a static factory that caches every opened channel in a static Map.
import type { pci } from '@bindsafe/kernel';

export class Channel {
  static readonly #open = new Map<number, Channel>();

  private constructor(
    readonly index: number,
    private readonly bar: pci.Bar,
  ) {}

  static open(bar: pci.Bar, index: number): Channel {
    const channel = new Channel(index, bar);
    Channel.#open.set(index, channel);
    return channel;
  }

  doorbell(): void {
    this.bar.write32(1, 0x40 + this.index * 4);
  }
}
