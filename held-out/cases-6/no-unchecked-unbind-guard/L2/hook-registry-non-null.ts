// [class 7] A display driver's blank hooks (a `Map<string, () => void>`) assert the guard with `!` inside the closure.
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export const blankHooks = new Map<string, () => void>();
export const blanked: number[] = [];

export function registerBlank(dev: GpuDevice): void {
  blankHooks.set(dev.name, () => {
    using guard = dev.unbindGuard()!; // expect: bindsafe/no-unchecked-unbind-guard
    blanked.push(guard.parent.deviceId);
  });
}
