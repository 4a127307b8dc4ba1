// A resume listener on the shared bus captures only the DRM handle and checks the guard it takes.
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';
import { hotplugEvents } from '../../../cases/_shared/timing.js';

export function watchResume(dev: GpuDevice): () => void {
  const onResume = (): void => {
    using guard = dev.unbindGuard();
    if (typeof guard === 'undefined') return;
    guard.parent.asRef().info('resumed');
  };
  hotplugEvents.on('resume', onResume);
  return () => hotplugEvents.off('resume', onResume);
}
