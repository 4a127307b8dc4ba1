// A GPU-reset module wraps unbindGuard() in a named helper and asserts the helper's result. [class 3]
import type { drm } from '@bindsafe/kernel';
import type { GpuDevice, GpuDrm } from '../../../cases/_shared/gpu-drm.js';

function enterSection(dev: GpuDevice): drm.UnbindGuard<GpuDrm> | undefined {
  return dev.unbindGuard();
}

export function resetEngine(dev: GpuDevice, engine: number): void {
  using guard = enterSection(dev)!; // expect: bindsafe/no-unchecked-unbind-guard
  guard.registrationDataWith((_parent, data) => data.bar.write32(1 << engine, 0x200));
}
