// [class 7] A vblank listener on the shared event bus asserts the guard with !.
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';
import { hotplugEvents } from '../../../cases/_shared/timing.js';

export function watchVblank(dev: GpuDevice): () => void {
  let frames = 0;
  const onVblank = (): void => {
    using guard = dev.unbindGuard()!; // expect: bindsafe/no-unchecked-unbind-guard
    frames += guard.parent.revision > 0 ? 1 : 0;
  };
  hotplugEvents.on('vblank', onVblank);
  return () => void hotplugEvents.off('vblank', onVblank);
}
