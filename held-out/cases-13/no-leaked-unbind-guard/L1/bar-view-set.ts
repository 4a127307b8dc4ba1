// A register viewer wraps the BAR in its own BarView class and keeps the views in a module-level Set. [class 4]
import type { pci } from '@bindsafe/kernel';
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

class BarView {
  constructor(
    readonly bar: pci.Bar,
    readonly base: number,
  ) {}
  readonly word = (index: number): number => this.bar.read32(this.base + index * 4);
}

const views = new Set<BarView>();

export const openView =
  (base: number) =>
  (dev: GpuDevice): number | undefined => {
    using guard = dev.unbindGuard();
    if (!guard) return undefined;
    return guard.registrationDataWith((_parent, data) => {
      const view = new BarView(data.bar, base);
      views.add(view); // expect: bindsafe/no-leaked-unbind-guard
      return view.word(0);
    });
  };
