// [class 7] A once-listener on the shared bus returns early when the guard is undefined.
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';
import { hotplugEvents } from '../../../cases/_shared/timing.js';

export function onResumeLog(dev: GpuDevice, log: (line: string) => void): void {
  hotplugEvents.once('resume', () => {
    using guard = dev.unbindGuard();
    if (!guard) {
      log(`${dev.name}: unplugged before resume`);
      return;
    }
    log(`${dev.name}: resumed rev ${guard.parent.revision}`);
  });
}
