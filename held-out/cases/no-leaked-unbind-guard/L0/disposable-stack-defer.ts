// The release is deferred onto a using-declared DisposableStack. [class 1]
import type { GpuDevice } from '../../_shared/gpu-drm.js';

export function flush(dev: GpuDevice): number {
  using cleanup = new DisposableStack();
  const guard = dev.unbindGuard();
  if (guard === undefined) return 0;
  cleanup.defer(() => guard.release());
  if (guard.parent.revision < 2) return 0;
  return guard.registrationDataWith((_parent, data) => data.log.splice(0).length);
}
