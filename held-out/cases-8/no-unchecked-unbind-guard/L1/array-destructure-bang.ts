// [class 6] A tuple of guard and label is destructured and the guard element asserted with !.
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export function labelledBar(dev: GpuDevice): string {
  const [maybe, label] = [dev.unbindGuard(), dev.name] as const;
  using guard = maybe!; // expect: bindsafe/no-unchecked-unbind-guard
  return `${label}: ${guard.parent.resourceLen(0)}`;
}
