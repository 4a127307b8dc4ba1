// A dual-GPU mirror picks an imported helper's guard through a conditional and casts undefined away.
import type { drm } from '@bindsafe/kernel';
import type { GpuDevice, GpuDrm } from '../../../../cases/_shared/gpu-drm.js';
import { enterPrimary } from './util/guards.js';

export interface MirrorConfig {
  readonly preferSecondary: boolean;
}

export function mirrorVram(primary: GpuDevice, secondary: GpuDevice, cfg: MirrorConfig): number {
  const maybe = cfg.preferSecondary ? enterPrimary(secondary) : enterPrimary(primary);
  using guard = maybe as drm.UnbindGuard<GpuDrm>; // expect: bindsafe/no-unchecked-unbind-guard
  return guard.registrationDataWith((_p, data) => data.vramSize);
}
