// A register-dump cache stores a word read from the BAR through a helper invoked with Function.prototype.call. [class 7]
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

const cache: { word?: number; hits: number } = { hits: 0 };

function stash(this: void, word: number): number {
  cache.word = word;
  return ++cache.hits;
}

export const warmCache = (dev: GpuDevice): number => {
  using guard = dev.unbindGuard();
  if (!guard) return 0;
  return guard.registrationDataWith((_parent, data) => stash.call(undefined, data.bar.read32(0x0)));
};
