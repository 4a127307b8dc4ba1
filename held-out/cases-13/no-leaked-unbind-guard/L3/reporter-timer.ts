// A thermal monitor builds its periodic reporter with a closure-returning helper over the parent and hands it to a timer. [class 7]
import type { device, pci } from '@bindsafe/kernel';
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

const reporter =
  (parent: pci.Device<device.Bound>, limit: number) =>
  (): void =>
    parent.asRef().info(`thermal limit ${limit} on rev ${parent.revision}`);

export const armThermal = (dev: GpuDevice, limit: number): boolean =>
  dev.withUnbindGuard((parent) => {
    setTimeout(reporter(parent, limit), 1000); // expect: bindsafe/no-leaked-unbind-guard
    return true;
  }) ?? false;
