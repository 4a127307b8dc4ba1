// The fence-wait path's .then callback captures only the drm.Device handle and opens a new section. [class 5]
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';
import { pause } from '../../../cases/_shared/timing.js';

export function waitFence(dev: GpuDevice, seqno: number): void {
  using guard = dev.unbindGuard();
  guard?.registrationDataWith((_parent, data) => data.log.push(`wait ${seqno}`));
  void pause(1).then(() => {
    using later = dev.unbindGuard();
    later?.registrationDataWith((_parent, data) => data.log.push(`signalled ${seqno}`));
  });
}
