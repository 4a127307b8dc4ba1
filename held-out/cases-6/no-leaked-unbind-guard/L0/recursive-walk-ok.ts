// [class 1] A recursive walk over a chain of display bridges, one `using` guard per level.
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export interface Bridge {
  readonly dev: GpuDevice;
  readonly next?: Bridge;
}

export function chainDepth(bridge: Bridge | undefined): number {
  if (bridge === undefined) return 0;
  using guard = bridge.dev.unbindGuard();
  if (guard === undefined) return 0;
  if (guard.parent.deviceId === 0xffff) return 1;
  return 1 + chainDepth(bridge.next);
}
