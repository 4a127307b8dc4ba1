// A default-exported formatter from another module only reads the parent during the call. [class 7]
import type { GpuDevice } from '../../../../cases/_shared/gpu-drm.js';
import formatParent from './format.js';

export function banner(dev: GpuDevice): string {
  return dev.withUnbindGuard((parent) => formatParent(parent)) ?? `${dev.name}: unplugged`;
}
