// A fan-curve poller casts the guard inside a `setTimeout` callback chain. [class 5, 8]
import type { drm } from '@bindsafe/kernel';
import type { GpuDevice, GpuDrm } from '../../../cases/_shared/gpu-drm.js';

const curve = [30, 45, 60, 80] as const;

export function scheduleFanStep(dev: GpuDevice, step: number, onDuty: (duty: number) => void): void {
  setTimeout(() => {
    using guard = dev.unbindGuard() as drm.UnbindGuard<GpuDrm>; // expect: bindsafe/no-unchecked-unbind-guard
    const temp = guard.parent.revision;
    onDuty(curve[Math.min(step, curve.length - 1)] ?? temp);
  }, 100);
}
