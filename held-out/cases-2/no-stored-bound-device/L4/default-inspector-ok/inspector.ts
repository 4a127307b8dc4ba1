// Reads the first words of a BAR into a hex string.
import type { pci } from '@bindsafe/kernel';

export default class Inspector {
  constructor(private readonly words: number) {}

  inspect(bar: pci.Bar): string {
    return Array.from({ length: this.words }, (_, i) => bar.read32(i * 4).toString(16)).join(' ');
  }
}
