// A bound method of the guarded device called during the section. [class 7]
import type { GpuDevice } from '../../_shared/gpu-drm.js';

export function helloNow(dev: GpuDevice): void {
  using guard = dev.unbindGuard();
  if (!guard) return;
  const generic = guard.parent.asRef();
  const say = generic.info.bind(generic);
  say('hello now');
  ['a', 'b'].forEach(say);
}
