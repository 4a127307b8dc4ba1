// A tag index maps every tag of a card to its bound parent inside a synchronous forEach. [class 7]
import type { device, pci } from '@bindsafe/kernel';
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

const tagIndex = new Map<string, pci.Device<device.Bound>>();

export function indexTags(dev: GpuDevice, tags: readonly string[]): void {
  dev.withUnbindGuard((parent) => {
    tags.forEach((tag) => {
      tagIndex.set(tag, parent); // expect: bindsafe/no-leaked-unbind-guard
    });
  });
}
