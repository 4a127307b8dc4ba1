// A vblank counter chains `.then` off a timer promise inside `registrationDataWith` and appends to the registration data's log in the second link of the chain, after the callback returned. [class 5]
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';
import { pause } from '../../../cases/_shared/timing.js';

export function noteVblank(dev: drm.Device<GpuDrm>, crtc: number): void {
  using guard = dev.unbindGuard();
  if (!guard) return;
  guard.registrationDataWith((_parent, data) => {
    const key = `crtc${crtc}`;
    data.counters[key] = (data.counters[key] ?? 0) + 1;
    const stamped = pause(1).then(() => Date.now());
    void stamped.then((at) => data.log.push(`${key} vblank at ${at}`)); // expect: bindsafe/no-leaked-unbind-guard
  });
}
