// The guard is checked with `=== undefined` and thrown for; errors of the work are caught, logged and rethrown.
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export class DeviceGone extends Error {}

export function submit(dev: GpuDevice, work: (bar0: number) => number): number {
  const guard = dev.unbindGuard();
  if (guard === undefined) throw new DeviceGone(dev.name);
  try {
    return work(guard.parent.resourceLen(0));
  } catch (err) {
    guard.parent.asRef().info(`submit failed: ${String(err)}`);
    throw err;
  } finally {
    guard.release();
  }
}
