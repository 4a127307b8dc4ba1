// A job submitter builds a local context object from defaults and the guard once it is narrowed. [class 6]
import type { drm } from '@bindsafe/kernel';
import type { GpuDevice, GpuDrm } from '../../../cases/_shared/gpu-drm.js';

interface SubmitOpts {
  readonly ring: number;
  readonly priority: 'low' | 'normal' | 'high';
}
const defaults: SubmitOpts = { ring: 0, priority: 'normal' };

export function submitJob(dev: GpuDevice, opts: Partial<SubmitOpts> = {}): number {
  using guard = dev.unbindGuard();
  if (guard === undefined) return -1;
  const ctx = { ...defaults, ...opts, guard: guard as drm.UnbindGuard<GpuDrm> };
  return ctx.guard.registrationDataWith((_parent, data) => {
    const key = `ring${ctx.ring}`;
    data.counters[key] = (data.counters[key] ?? 0) + (ctx.priority === 'high' ? 2 : 1);
    return data.counters[key];
  });
}
