// A thermal monitor builds its periodic reporter with a closure-returning helper over copies and a handle, for a timer. [class 7]
import type { pci } from '@bindsafe/kernel';
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

const reporter =
  (handle: pci.Device, revision: number, limit: number) =>
  (): void =>
    handle.asRef().info(`thermal limit ${limit} on rev ${revision}`);

export const armThermal = (dev: GpuDevice, limit: number): boolean =>
  dev.withUnbindGuard((parent) => {
    setTimeout(reporter(parent.toNormal(), parent.revision, limit), 1000);
    return true;
  }) ?? false;
