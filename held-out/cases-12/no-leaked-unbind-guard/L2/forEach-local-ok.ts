// The tag index keeps, per tag, the BAR-0 length read inside a synchronous forEach. [class 7]
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

const tagIndex = new Map<string, number>();

export function indexTags(dev: GpuDevice, tags: readonly string[]): void {
  dev.withUnbindGuard((parent) => {
    tags.forEach((tag) => {
      tagIndex.set(tag, parent.resourceLen(0));
      parent.asRef().info(`tag ${tag}`);
    });
  });
}
