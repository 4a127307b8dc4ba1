// Helper module: a command ring over a Bar, a class with a parameter property and a static factory.
import type { pci } from '@bindsafe/kernel';

export class CommandRing {
  #head = 0;

  private constructor(private readonly bar: pci.Bar, readonly entries: number) {}

  static over(bar: pci.Bar, entries = 256): CommandRing {
    bar.write32(entries, 0x00);
    return new CommandRing(bar, entries);
  }

  submit(word: number): void {
    this.bar.write32(word, 0x100 + (this.#head % this.entries) * 4);
    this.#head++;
    this.bar.write32(this.#head, 0x04);
  }
}
