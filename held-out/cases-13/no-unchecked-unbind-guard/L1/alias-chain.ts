// A BAR dumper renames the guard twice before asserting it on the last alias. [class 6]
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export function dumpBar(dev: GpuDevice, words: number): number[] {
  using entered = dev.unbindGuard();
  const held = entered;
  const current = held;
  return current!.registrationDataWith((_parent, data) => { // expect: bindsafe/no-unchecked-unbind-guard
    const out: number[] = [];
    for (let i = 0; i < words; i++) out.push(data.bar.read32(i * 4));
    return out;
  });
}
