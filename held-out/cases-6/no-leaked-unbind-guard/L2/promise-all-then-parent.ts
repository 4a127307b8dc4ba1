// [class 5] A NIC link negotiation: a `Promise.all(...).then` callback started inside the section reads the guarded parent.
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';
import { pause } from '../../../cases/_shared/timing.js';

export function negotiate(dev: GpuDevice): Promise<number> | undefined {
  using guard = dev.unbindGuard();
  if (guard === undefined) return undefined;
  const parent = guard.parent;
  return Promise.all([pause(1), pause(2)]).then(() => parent.deviceId); // expect: bindsafe/no-leaked-unbind-guard
}
