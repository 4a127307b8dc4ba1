// A job submitter builds a local context object from defaults and a cast guard alias. [class 6, 8]
import type { drm } from '@bindsafe/kernel';
import type { GpuDevice, GpuDrm } from '../../../cases/_shared/gpu-drm.js';

interface SubmitOpts {
  readonly ring: number;
  readonly priority: 'low' | 'normal' | 'high';
}
const defaults: SubmitOpts = { ring: 0, priority: 'normal' };

export function submitJob(dev: GpuDevice, opts: Partial<SubmitOpts> = {}): number {
  using guard = dev.unbindGuard();
  const ctx = { ...defaults, ...opts, guard: guard as drm.UnbindGuard<GpuDrm> }; // expect: bindsafe/no-unchecked-unbind-guard
  return ctx.guard.registrationDataWith((_parent, data) => {
    const key = `ring${ctx.ring}`;
    data.counters[key] = (data.counters[key] ?? 0) + (ctx.priority === 'high' ? 2 : 1);
    return data.counters[key];
  });
}
