// A DRM naming helper justifies assumeCtx() in its `if` branch but not in the `else if` branch.
import type { drm } from '@bindsafe/kernel';
import type { GpuDevice, GpuDrm } from '../../../cases/_shared/gpu-drm.js';

export function describe(udev: drm.UnregisteredDevice<GpuDrm> | undefined, dev: GpuDevice | undefined): string {
  if (udev !== undefined) {
    // SAFETY: an UnregisteredDevice is Uninit, and the Uninit view is used only for its name.
    const view = udev.assumeCtx();
    return `setup ${view.name}`;
  } else if (dev !== undefined) {
    const view = dev.assumeCtx<drm.Uninit>(); // expect: bindsafe/require-safety-comment
    return `registered ${view.name}`;
  }
  return 'no device';
}
