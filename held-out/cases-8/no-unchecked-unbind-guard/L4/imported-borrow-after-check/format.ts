// Formats the ids of a guarded parent during the call only.
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../../cases/_shared/gpu-drm.js';

export function formatIds(prefix: string, guard: drm.UnbindGuard<GpuDrm>): string {
  const pdev = guard.parent;
  return `${prefix}: ${pdev.vendorId.toString(16)}:${pdev.deviceId.toString(16)} rev ${pdev.revision}`;
}
