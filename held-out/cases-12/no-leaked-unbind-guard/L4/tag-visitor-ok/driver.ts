// A tagging pass visits tags through a synchronous helper module that uses the parent only during the call. [class 7]
import type { GpuDevice } from '../../../../cases/_shared/gpu-drm.js';
import labelOf, { eachTag } from './util/visit.js';

const labels = new Map<string, string>();

export function tagCard(dev: GpuDevice, tags: readonly string[]): number {
  using guard = dev.unbindGuard();
  if (!guard) return 0;
  const parent = guard.parent;
  const lens = eachTag(tags, (tag, i) => {
    labels.set(tag, labelOf(parent.name, parent.revision));
    return parent.resourceLen(i % 2);
  });
  return lens.reduce((a, b) => a + b, 0);
}
