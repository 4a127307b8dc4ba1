// A fleet-management module adopts each GPU's parent into a process-wide singleton Registry from another module. [class 6]
import type { GpuDevice } from '../../../../cases/_shared/gpu-drm.js';
import { Registry } from './registry.js';

export const adoptAll = (devs: readonly GpuDevice[]): number =>
  devs
    .map((dev) => dev.withUnbindGuard((parent) => Registry.shared().adopt(parent))) // expect: bindsafe/no-leaked-unbind-guard
    .filter((n): n is number => n !== undefined).length;
