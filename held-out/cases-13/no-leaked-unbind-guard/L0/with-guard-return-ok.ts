// A generic "run inside the section" combinator returns only plain data read from the parent. [class 7]
import type { device, pci } from '@bindsafe/kernel';
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

type Parent = pci.Device<device.Bound>;

export const inSection =
  <R>(f: (parent: Parent) => R) =>
  (dev: GpuDevice): R | undefined =>
    dev.withUnbindGuard(f);

export const idsOf = (dev: GpuDevice): readonly [number, number] | undefined =>
  dev.withUnbindGuard((parent) => {
    parent.asRef().info('id lookup');
    return [parent.vendorId, parent.deviceId] as const;
  });

export const revisionOf = inSection((parent) => parent.revision);
