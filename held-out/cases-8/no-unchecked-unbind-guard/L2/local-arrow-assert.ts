// [class 7] A local arrow with an explicit type is an assertion function used before the guard is read.
import type { drm } from '@bindsafe/kernel';
import type { GpuDevice, GpuDrm } from '../../../cases/_shared/gpu-drm.js';

type Held = drm.UnbindGuard<GpuDrm>;
const assertHeld: (g: Held | undefined, what: string) => asserts g is Held = (g, what) => {
  if (g === undefined) throw new Error(`${what}: device unplugged`);
};

export function cursorPlanes(devs: readonly GpuDevice[]): number[] {
  return devs.map((dev) => {
    using guard = dev.unbindGuard();
    assertHeld(guard, dev.name);
    return guard.registrationDataWith((_p, data) => data.counters['cursor'] ?? 1);
  });
}
