// A resume listener asserts the guard inside its callback.
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export function onResume(target: EventTarget, dev: GpuDevice): void {
  target.addEventListener('resume', () => {
    using guard = dev.unbindGuard()!; // expect: bindsafe/no-unchecked-unbind-guard
    guard.parent.asRef().info('resumed');
  });
}
