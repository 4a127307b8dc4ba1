// [class 8] A ternary picks the primary or mirror device's guard and the whole choice is cast.
import type { drm } from '@bindsafe/kernel';
import type { GpuDevice, GpuDrm } from '../../../cases/_shared/gpu-drm.js';

export interface OutputPair {
  readonly primary: GpuDevice;
  readonly mirror: GpuDevice;
  mirrored: boolean;
}

export function activeVram(outputs: OutputPair): number {
  using guard = (outputs.mirrored ? outputs.mirror.unbindGuard() : outputs.primary.unbindGuard()) as drm.UnbindGuard<GpuDrm>; // expect: bindsafe/no-unchecked-unbind-guard
  return guard.registrationDataWith((_p, data) => data.vramSize);
}
