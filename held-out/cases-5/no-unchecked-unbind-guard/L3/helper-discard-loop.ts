// A same-file `wake` helper returns `unbindGuard()`'s result; the resume loop calls it for each GPU and discards what it returns. [class 1]
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';

function wake(dev: drm.Device<GpuDrm>): drm.UnbindGuard<GpuDrm> | undefined {
  return dev.unbindGuard();
}

export function resumeAll(devs: readonly drm.Device<GpuDrm>[]): number {
  let woken = 0;
  for (const dev of devs) {
    if (dev.data.label.startsWith('virt')) continue;
    wake(dev); // expect: bindsafe/no-unchecked-unbind-guard
    woken++;
  }
  return woken;
}
