// Display helpers: enter the section of a device, remembering the last request time.
import type { drm } from '@bindsafe/kernel';
import type { GpuDevice, GpuDrm } from '../../../../cases/_shared/gpu-drm.js';

let lastRequest = 0;

export const enterDisplay = (dev: GpuDevice): drm.UnbindGuard<GpuDrm> | undefined => {
  lastRequest = Date.now();
  return dev.unbindGuard();
};

export function lastDisplayRequest(): number {
  return lastRequest;
}
