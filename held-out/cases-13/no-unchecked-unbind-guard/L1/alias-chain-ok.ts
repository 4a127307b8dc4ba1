// The BAR dumper renames the guard and checks the last alias with === undefined. [class 6]
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export function dumpBar(dev: GpuDevice, words: number): number[] {
  using entered = dev.unbindGuard();
  const held = entered;
  const current = held;
  if (current === undefined) return [];
  return current.registrationDataWith((_parent, data) => {
    const out: number[] = [];
    for (let i = 0; i < words; i++) out.push(data.bar.read32(i * 4));
    return out;
  });
}
