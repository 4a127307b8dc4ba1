// [class 8] A static factory casts the guard through unknown to drop undefined.
import type { drm } from '@bindsafe/kernel';
import type { GpuDevice, GpuDrm } from '../../../cases/_shared/gpu-drm.js';

export class ScanoutInfo {
  private constructor(readonly width: number, readonly vram: number) {}

  static read(dev: GpuDevice, width = 1920): ScanoutInfo {
    using guard = dev.unbindGuard() as unknown as drm.UnbindGuard<GpuDrm>; // expect: bindsafe/no-unchecked-unbind-guard
    const vram = guard.registrationDataWith((_parent, data) => data.vramSize);
    return new ScanoutInfo(width, vram);
  }
}
