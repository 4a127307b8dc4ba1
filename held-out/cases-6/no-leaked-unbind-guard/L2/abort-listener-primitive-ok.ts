// [class 2] An audio stream's AbortSignal listener keeps only the parent's id (a number) and the DRM device handle.
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export const stopped: string[] = [];

export function armStop(dev: GpuDevice, signal: AbortSignal): boolean {
  using guard = dev.unbindGuard();
  if (!guard) return false;
  const streamId = guard.parent.deviceId;
  signal.addEventListener('abort', () => {
    stopped.push(`${dev.name}:${streamId}`);
  }, { once: true });
  return true;
}
