// A doorbell flush queued with `queueMicrotask` throws ENODEV through `??` once the device is gone. [class 5]
import { errors } from '@bindsafe/kernel';
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export function ringDoorbell(dev: GpuDevice, pending: string[], onError: (e: unknown) => void): void {
  queueMicrotask(() => {
    try {
      using guard =
        dev.unbindGuard() ??
        (() => {
          throw new errors.KernelError('ENODEV', dev.name);
        })();
      guard.registrationDataWith((_parent, data) => data.log.push(...pending));
      pending.length = 0;
    } catch (e) {
      onError(e);
    }
  });
}
