// [class 6] assumeCtx reached through destructuring of a parameter object, justified above the call.
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';

interface Ctx {
  readonly ddev: drm.Device<GpuDrm>;
  readonly tag?: string;
}

export function uninitName({ ddev, tag = 'gpu' }: Ctx): string {
  // SAFETY: narrowing a Registered handle to Uninit only removes operations.
  const plain = ddev.assumeCtx<drm.Uninit>();
  return `${tag}:${plain.name}`;
}
