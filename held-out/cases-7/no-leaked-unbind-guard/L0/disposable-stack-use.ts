// [class 1] A reset path puts the guard into a DisposableStack declared with using, next to a deferred log line.
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export function softReset(dev: GpuDevice, engine: number): number {
  using stack = new DisposableStack();
  const guard = stack.use(dev.unbindGuard());
  if (!guard) return -19;
  stack.defer(() => console.log(`${dev.name}: reset of engine ${engine} done`));
  if (engine >= guard.parent.resourceLen(0)) return -22;
  guard.parent.asRef().info(`resetting engine ${engine}`);
  return 0;
}
