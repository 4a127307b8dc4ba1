// The guard is wrapped in another module's Disposable `TimedSection`, declared with `using`: released on every path. [class 1]
import type { GpuDevice } from '../../../../cases/_shared/gpu-drm.js';
import { TimedSection } from './section.js';

export function readRevision(dev: GpuDevice): number {
  const guard = dev.unbindGuard();
  if (!guard) return -1;
  using section = new TimedSection(guard);
  if (section.parent.vendorId !== 0x10de) return -2;
  return section.parent.revision;
}
