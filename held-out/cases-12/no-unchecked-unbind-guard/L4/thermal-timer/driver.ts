// A thermal sampler schedules a timer that casts an imported generic opener's result. [class 5, 8]
import type { drm } from '@bindsafe/kernel';
import type { GpuDevice, GpuDrm } from '../../../../cases/_shared/gpu-drm.js';
import { enterAny } from './enter.js';

export function sampleLater(dev: GpuDevice, samples: number[], delayMs = 250): void {
  setTimeout(() => {
    using guard = <drm.UnbindGuard<GpuDrm>>enterAny(dev); // expect: bindsafe/no-unchecked-unbind-guard
    samples.push(guard.registrationDataWith((_p, data) => data.counters['tempC'] ?? 0));
  }, delayMs);
}
