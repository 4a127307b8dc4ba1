// A thermal sampler schedules a timer that checks an imported generic opener's result first. [class 5, 8]
import type { drm } from '@bindsafe/kernel';
import type { GpuDevice, GpuDrm } from '../../../../cases/_shared/gpu-drm.js';
import { enterAny } from './enter.js';

export function sampleLater(dev: GpuDevice, samples: number[], delayMs = 250): void {
  setTimeout(() => {
    using guard = enterAny(dev);
    if (guard === undefined) return;
    const held = <drm.UnbindGuard<GpuDrm>>guard;
    samples.push(held.registrationDataWith((_p, data) => data.counters['tempC'] ?? 0));
  }, delayMs);
}
