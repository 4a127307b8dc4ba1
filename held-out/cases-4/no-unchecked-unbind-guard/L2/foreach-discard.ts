// A suspend path "pins" every GPU by calling unbindGuard() from a forEach arrow, whose result forEach throws away. [class 7]
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export function prepareSuspend(devs: readonly GpuDevice[]): number {
  const names = devs.map((d) => d.name);
  devs.forEach((d) => d.unbindGuard()); // expect: bindsafe/no-unchecked-unbind-guard
  return names.length;
}
