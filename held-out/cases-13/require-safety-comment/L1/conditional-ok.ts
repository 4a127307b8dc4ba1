// A GPU's debug dump chooses between a registered view and the Uninit view by a conditional expression, justified. [class 6]
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';

export function dumpTitle(dev: drm.Device<GpuDrm>, early: boolean): string {
  // SAFETY: a Registered device is also Uninit; only its name is read through the view.
  const view: drm.Device<GpuDrm, drm.Uninit> = early ? dev.assumeCtx<drm.Uninit>() : dev;
  return `${view.name}${early ? ' (early)' : ''}`;
}
