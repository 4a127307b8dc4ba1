// A probe-the-device call through several optional links discards the guard.
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

interface Context {
  readonly gpu?: { readonly primary?: GpuDevice };
}

export function touch(ctx: Context): void {
  ctx.gpu?.primary?.unbindGuard(); // expect: bindsafe/no-unchecked-unbind-guard
}
