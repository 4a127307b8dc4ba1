// A register viewer wraps the BAR in its own BarView class, reads through it and drops it inside the section. [class 4]
import type { pci } from '@bindsafe/kernel';
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

class BarView {
  constructor(
    readonly bar: pci.Bar,
    readonly base: number,
  ) {}
  readonly word = (index: number): number => this.bar.read32(this.base + index * 4);
}

const dumps = new Set<string>();

export const dumpView =
  (base: number, count: number) =>
  (dev: GpuDevice): number | undefined => {
    using guard = dev.unbindGuard();
    if (!guard) return undefined;
    return guard.registrationDataWith((_parent, data) => {
      const view = new BarView(data.bar, base);
      const words = Array.from({ length: count }, (_, i) => view.word(i));
      dumps.add(words.map((w) => w.toString(16)).join(' '));
      return words.length;
    });
  };
