// A framebuffer driver picks a window with `??` and a ternary, then spreads a base record into its data.
import type { pci } from '@bindsafe/kernel';

interface FbData {
  readonly window: pci.Bar;
  readonly stride: number;
  readonly label: string;
}

export const driver: pci.Driver<FbData, { readonly bar?: number }> = {
  name: 'held-fb',
  idTable: [{ vendor: 0x1234, device: 0x1111, info: { bar: 2 } }],
  probe(pdev, info) {
    const barIndex = info?.bar ?? 0;
    const window = pdev.iomapRegion(barIndex, 'fb').access(pdev.asRef());
    const base = { label: pdev.name, stride: barIndex === 0 ? 4096 : 8192 };
    const [primary = window] = [window];
    return { ...base, window: primary };
  },
};
