// [class 1] The parent is destructured under another name, the guard released, then the alias is used for logging.
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export function announceRemoval(dev: GpuDevice): void {
  const guard = dev.unbindGuard();
  if (guard === undefined) return;
  const { parent: pdev } = guard;
  const id = pdev.deviceId;
  guard.release();
  pdev.asRef().info(`removing ${id}`); // expect: bindsafe/no-leaked-unbind-guard
}
