// A debug option exposes the guarded BAR through a helper that puts it on globalThis.
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../../cases/_shared/gpu-drm.js';
import { exposeForDebug } from './debug.js';

export interface DebugConfig {
  readonly exposeMmio: boolean;
}

export function applyDebug(dev: drm.Device<GpuDrm>, cfg: DebugConfig = { exposeMmio: false }): void {
  if (!cfg.exposeMmio) return;
  using guard = dev.unbindGuard();
  guard?.registrationDataWith((_p, data) => exposeForDebug(data.bar)); // expect: bindsafe/no-leaked-unbind-guard
}
