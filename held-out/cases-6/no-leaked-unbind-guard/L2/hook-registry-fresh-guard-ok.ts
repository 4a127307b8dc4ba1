// [class 7] A hook registry of closures over the DRM device handle only; each hook takes its own guard when run.
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

const blankHooks = new Map<string, () => void>();
export const blankLog: number[] = [];

export function installBlankHook(dev: GpuDevice): void {
  blankHooks.set(dev.name, () => {
    using guard = dev.unbindGuard();
    if (guard === undefined) return;
    blankLog.push(guard.parent.deviceId);
  });
}

export function blankAll(): void {
  for (const hook of blankHooks.values()) hook();
}
