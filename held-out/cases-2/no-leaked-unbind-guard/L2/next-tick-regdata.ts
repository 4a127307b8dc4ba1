// process.nextTick defers a push into the registration data's log past the section. [class 3] [class 5]
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export function logLater(dev: GpuDevice, line: string): void {
  using guard = dev.unbindGuard();
  if (!guard) return;
  guard.registrationDataWith((_parent, data) => {
    process.nextTick(() => { // expect: bindsafe/no-leaked-unbind-guard
      data.log.push(line);
    });
  });
}
