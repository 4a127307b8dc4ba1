// A register-dump cache stores the BAR through a helper invoked with Function.prototype.call from the guarded callback. [class 7]
import type { pci } from '@bindsafe/kernel';
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

const cache: { bar?: pci.Bar; hits: number } = { hits: 0 };

function stash(this: void, bar: pci.Bar): number {
  cache.bar = bar;
  return ++cache.hits;
}

export const warmCache = (dev: GpuDevice): number => {
  using guard = dev.unbindGuard();
  if (!guard) return 0;
  return guard.registrationDataWith((_parent, data) => stash.call(undefined, data.bar)); // expect: bindsafe/no-leaked-unbind-guard
};
