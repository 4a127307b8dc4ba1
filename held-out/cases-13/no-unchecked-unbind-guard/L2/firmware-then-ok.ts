// The firmware .then callback enters with withUnbindGuard and rejects with ENODEV when unplugged. [class 5]
import { errors } from '@bindsafe/kernel';
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export function loadFirmware(dev: GpuDevice, fetchImage: () => Promise<Uint8Array>): Promise<number> {
  return fetchImage().then((image) => {
    const written = dev.withUnbindGuard((parent) => (parent.resourceLen(0) >= image.byteLength ? image.byteLength : 0));
    if (written === undefined) throw new errors.KernelError('ENODEV', `${dev.name}: unplugged during firmware load`);
    return written;
  });
}
