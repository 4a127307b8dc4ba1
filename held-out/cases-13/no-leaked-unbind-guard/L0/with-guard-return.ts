// A generic "run inside the section" combinator is used to fetch the parent itself out of withUnbindGuard. [class 7]
import type { device, pci } from '@bindsafe/kernel';
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

type Parent = pci.Device<device.Bound>;

export const inSection =
  <R>(f: (parent: Parent) => R) =>
  (dev: GpuDevice): R | undefined =>
    dev.withUnbindGuard(f);

export const parentOf = (dev: GpuDevice): Parent | undefined =>
  dev.withUnbindGuard((parent) => {
    parent.asRef().info('parent lookup');
    return parent; // expect: bindsafe/no-leaked-unbind-guard
  });

export const revisionOf = inSection((parent) => parent.revision);
