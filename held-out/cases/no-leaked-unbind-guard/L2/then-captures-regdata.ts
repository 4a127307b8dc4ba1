// A .then callback pushes into the registration data after the section closed.
import type { GpuDevice } from '../../_shared/gpu-drm.js';
import { pause } from '../../_shared/timing.js';

export function logLater(dev: GpuDevice, line: string): void {
  using guard = dev.unbindGuard();
  if (!guard) return;
  guard.registrationDataWith((_parent, data) => {
    void pause(1).then(() => data.log.push(line)); // expect: bindsafe/no-leaked-unbind-guard
  });
}
