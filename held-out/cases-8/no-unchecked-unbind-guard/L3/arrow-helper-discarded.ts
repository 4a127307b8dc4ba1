// [class 7] A const arrow helper returns unbindGuard()'s result; the caller drops it in a try block.
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

const openSection = (dev: GpuDevice) => dev.unbindGuard();

export function kickScheduler(dev: GpuDevice, rings: number): number {
  try {
    openSection(dev); // expect: bindsafe/no-unchecked-unbind-guard
    return rings;
  } catch {
    return 0;
  }
}
