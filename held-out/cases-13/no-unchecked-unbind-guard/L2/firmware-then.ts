// After the firmware image loads, a .then callback programs its size, casting the guard. [class 5]
import type { drm } from '@bindsafe/kernel';
import type { GpuDevice, GpuDrm } from '../../../cases/_shared/gpu-drm.js';

export function loadFirmware(dev: GpuDevice, fetchImage: () => Promise<Uint8Array>): Promise<number> {
  return fetchImage().then((image) => {
    using guard = dev.unbindGuard() as drm.UnbindGuard<GpuDrm>; // expect: bindsafe/no-unchecked-unbind-guard
    return guard.registrationDataWith((_parent, data) => {
      data.bar.write32(image.byteLength, 0x40);
      return image.byteLength;
    });
  });
}
