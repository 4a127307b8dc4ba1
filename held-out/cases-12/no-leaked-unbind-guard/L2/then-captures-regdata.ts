// A fence-wait path appends to the registration data's log in a .then callback. [class 5]
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';
import { pause } from '../../../cases/_shared/timing.js';

export function waitFence(dev: GpuDevice, seqno: number): void {
  using guard = dev.unbindGuard();
  guard?.registrationDataWith((_parent, data) => {
    data.log.push(`wait ${seqno}`);
    void pause(1).then(() => data.log.push(`signalled ${seqno}`)); // expect: bindsafe/no-leaked-unbind-guard
  });
}
