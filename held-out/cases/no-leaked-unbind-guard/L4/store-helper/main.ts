// The guarded parent handed to a storing helper in another module.
import type { GpuDevice } from '../../../_shared/gpu-drm.js';
import { registerForDebug } from './registry.js';

export function debugAttach(dev: GpuDevice): void {
  using guard = dev.unbindGuard();
  if (!guard) return;
  registerForDebug(guard.parent.asRef()); // expect: bindsafe/no-leaked-unbind-guard
}
