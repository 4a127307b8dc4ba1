// A fleet-management module adopts a Device<Normal> handle of each GPU's parent into a singleton Registry. [class 2]
import type { GpuDevice } from '../../../../cases/_shared/gpu-drm.js';
import { Registry } from './registry.js';

export const adoptAll = (devs: readonly GpuDevice[]): number =>
  devs
    .map((dev) => dev.withUnbindGuard((parent) => Registry.shared().adopt(parent.toNormal())))
    .filter((n): n is number => n !== undefined).length;
