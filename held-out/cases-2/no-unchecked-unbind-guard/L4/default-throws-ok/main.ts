// A default-exported helper from another module throws when the device is unplugged. [class 7]
import type { GpuDevice } from '../../../../cases/_shared/gpu-drm.js';
import enterOrThrow from './enter.js';

export function vramSize(dev: GpuDevice): number {
  using guard = enterOrThrow(dev);
  return guard.registrationDataWith((_parent, data) => data.vramSize);
}
