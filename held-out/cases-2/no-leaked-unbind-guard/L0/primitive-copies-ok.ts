// Only primitives leave the section: numbers, a template string, String() of a number. [class 2]
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

const revisions = new Map<string, number>();
let lastLabel = '';

export function describe(dev: GpuDevice): string {
  using guard = dev.unbindGuard();
  if (!guard) return '';
  const { vendorId, revision } = guard.parent;
  revisions.set(dev.name, revision);
  lastLabel = `${vendorId.toString(16)}:${String(revision)}`;
  return lastLabel;
}
