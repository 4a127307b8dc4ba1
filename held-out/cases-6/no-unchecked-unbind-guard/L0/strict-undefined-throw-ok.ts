// A storage controller's identify command: `=== undefined` check with an early throw, then `using`.
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export class StorageUnpluggedError extends Error {}

export function identify(dev: GpuDevice): { vendor: number; model: number } {
  using guard = dev.unbindGuard();
  if (guard === undefined) throw new StorageUnpluggedError(`${dev.name}: device gone`);
  return { vendor: guard.parent.vendorId, model: guard.parent.deviceId };
}
