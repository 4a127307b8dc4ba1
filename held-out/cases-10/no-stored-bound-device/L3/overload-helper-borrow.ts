// A PCI DSP uses an overloaded helper that writes firmware words via the BAR during the call only.
import type { device, pci } from '@bindsafe/kernel';
function load(b: pci.Bar, word: number): void;
function load(b: pci.Bar, words: readonly number[]): void;
function load(b: pci.Bar, w: number | readonly number[]): void {
  const list = typeof w === 'number' ? [w] : w;
  list.forEach((v, i) => b.write32(v, i * 4));
}
export const driver: pci.Driver<{ readonly bar: pci.Bar }> = {
  name: 'h10-dsp-over',
  idTable: [{ vendor: 0x1af4, device: 0x1093 }],
  probe(pdev) {
    const bar = pdev.iomapRegion(0, 'h10-dsp-over').access(pdev.asRef());
    load(bar, 0xdead);
    load(bar, [1, 2, 3]);
    return { bar };
  },
};
