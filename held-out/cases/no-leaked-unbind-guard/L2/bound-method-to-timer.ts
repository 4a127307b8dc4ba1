// f.bind(obj) captures obj: a bound info() of the guarded device handed to a timer. [class 7]
import type { GpuDevice } from '../../_shared/gpu-drm.js';

export function delayedHello(dev: GpuDevice): void {
  using guard = dev.unbindGuard();
  if (!guard) return;
  const generic = guard.parent.asRef();
  const say = generic.info.bind(generic, 'hello later');
  setTimeout(say, 50); // expect: bindsafe/no-leaked-unbind-guard
}
