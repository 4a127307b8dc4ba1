// A mode-set commit keeps its guard on a DisposableStack declared with using, alongside a timer cleanup. [class 1]
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export function commitModeset(dev: GpuDevice, planes: readonly number[]): number {
  using stack = new DisposableStack();
  const guard = dev.unbindGuard();
  if (!guard) return -19;
  stack.use(guard);
  const started = Date.now();
  stack.defer(() => console.log(`modeset took ${Date.now() - started} ms`));
  for (const plane of planes) {
    if (plane < 0) return -22;
    guard.registrationDataWith((_parent, data) => data.bar.write32(plane, 0x100));
  }
  return 0;
}
